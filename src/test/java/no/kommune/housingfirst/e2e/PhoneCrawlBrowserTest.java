package no.kommune.housingfirst.e2e;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import no.kommune.housingfirst.housing.TaskAssignment;
import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.HousingOffers;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.LeaseTerm;
import no.kommune.housingfirst.housing.LeaseTerms;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.housing.OfferedUnit;
import no.kommune.housingfirst.housing.Party;
import no.kommune.housingfirst.housing.TenancyKind;
import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.Answer;
import no.kommune.housingfirst.boplan.BoPlanService;
import no.kommune.housingfirst.boplan.Cadence;
import no.kommune.housingfirst.boplan.FollowUpTerms;
import no.kommune.housingfirst.boplan.GoalStatus;
import no.kommune.housingfirst.boplan.LifeArea;
import no.kommune.housingfirst.boplan.PlanContent;
import no.kommune.housingfirst.boplan.PlanGoal;
import no.kommune.housingfirst.boplan.Responsible;
import no.kommune.housingfirst.boplan.StepDown;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.NoContactReason;
import no.kommune.housingfirst.visitlog.PracticalHelp;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each role can reach by following links from the home page, on a phone (360 ×
 * 740): no sideways scrolling, no axe WCAG 2.1 AA violation, tap targets of at least 44
 * px and form fields in at least 16 px type (smaller makes iOS zoom in). Half of the
 * roles browse in English, so both message bundles are checked.
 */
class PhoneCrawlBrowserTest extends BrowserTest {

	private static final int WIDTH = 360;

	private static final int HEIGHT = 740;

	/** Pages with the same shape but another id: a few are enough. */
	private static final int SAME_SHAPE = 3;

	private static final int PAGES_PER_ROLE = 90;

	/**
	 * What the crawler reads from each page in one round trip: its width, the tap targets
	 * and form fields that are too small, the links, and the page's structure (tag and
	 * classes of each element in main), so pages built alike are scanned by axe once. Tap
	 * targets are buttons, pagination, tabs, the menu toggle and brand, the names on Min
	 * uke, the footer's language links, and each checkbox or radio together with its
	 * label; form fields need 16 px type, or iOS zooms in. Inline links in text or table
	 * cells are exempt (WCAG 2.5.8).
	 */
	private static final String INSPECT = """
			() => {
			  const small = [];
			  const shown = (el) => {
			    const r = el.getBoundingClientRect();
			    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
			  };
			  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + ' "' + (el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
			  const targets = document.querySelectorAll('main .btn, main .page-link, main .nav-link,'
			    + ' main .my-week-row a, .navbar-toggler, .navbar-brand, .language-switch a,'
			    + ' main input[type=checkbox]:not(.btn-check), main input[type=radio]:not(.btn-check)');
			  for (const el of targets) {
			    if (!shown(el)) continue;
			    let box = el.getBoundingClientRect();
			    const label = (el.tagName === 'INPUT' && el.id) ? document.querySelector('label[for="' + el.id + '"]') : null;
			    if (label) {
			      const l = label.getBoundingClientRect();
			      box = { width: Math.max(box.right, l.right) - Math.min(box.left, l.left),
			              height: Math.max(box.bottom, l.bottom) - Math.min(box.top, l.top) };
			    }
			    if (box.width < 43.5 || box.height < 43.5) {
			      small.push('tap target ' + Math.round(box.width) + ' x ' + Math.round(box.height) + ' px: ' + name(el));
			    }
			  }
			  const fields = document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]),'
			    + ' main select, main textarea');
			  for (const el of fields) {
			    const size = parseFloat(getComputedStyle(el).fontSize);
			    if (shown(el) && size < 16) small.push('font ' + size + ' px: ' + name(el));
			  }
			  // A step the pager cannot take is no link (and no address of a page that is not there).
			  for (const link of document.querySelectorAll('.pagination .disabled a[href], a[href*="page=-"]')) {
			    small.push('link to no page: ' + link.getAttribute('href'));
			  }
			  // The visit's corrections fit a phone without scrolling inside their wrapper.
			  for (const table of document.querySelectorAll('main table.corrections')) {
			    const box = table.parentElement;
			    if (box.scrollWidth > box.clientWidth) small.push('table cut off: ' + box.scrollWidth + ' px in ' + box.clientWidth);
			  }
			  const structure = [...new Set([...document.querySelectorAll('main *')]
			    .map((el) => el.tagName + '.' + [...el.classList].sort().join('.')))].sort().join(' ');
			  return {
			    scrollWidth: document.documentElement.scrollWidth,
			    innerWidth: window.innerWidth,
			    small: small,
			    // A link to a file (download) is not a page to crawl; its tests open the file.
			    links: [...document.querySelectorAll('a[href]:not([download])')].map((a) => a.href),
			    structure: structure
			  };
			}
			""";

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	HousingOffers offers;

	@Autowired
	HousingTenancies tenancies;

	@Autowired
	VisitService visits;

	@Autowired
	BoPlanService plans;

	@Autowired
	no.kommune.housingfirst.boplan.FollowUpAgreements agreements;

	@Autowired
	no.kommune.housingfirst.fit.FitService fit;

	@Autowired
	no.kommune.housingfirst.participant.ParticipantRestrictions restrictions;

	@Test
	void everyPageEachRoleReachesWorksOnAPhone() {
		createData();
		List<String> problems = new ArrayList<>();
		Set<String> shapes = new TreeSet<>();
		crawl("kari", "en", problems, shapes);
		crawl("leder", "nb", problems, shapes);
		crawl("nav", "nb", problems, shapes);
		crawl("bolig", "en", problems, shapes);
		crawl("admin", "nb", problems, shapes);

		// The test data reaches every kind of page the walk-through found faults on.
		for (String shape : List.of("/nav/first-rent", "/participants/{n}/housing", "/allocation-meetings",
				"/housing-units/allocations", "/participants/{n}/access-log", "/audit", "/visits/compliance",
				"/dashboard", "/participants/{n}/visits/{n}", "/my-week", "/housing-units?page",
				"/participants/{n}/housing/allocations/{n}/meeting", "/participants/{n}/bo-plan",
				"/participants/{n}/bo-plan/revise", "/participants/{n}/bo-plan/versions/{n}",
				"/participants/{n}/bo-plan/compare?from&to", "/participants/{n}/bo-plan/follow-up-agreement",
				"/participants/{n}/bo-plan/needs-meetings/new", "/participants/{n}/bo-plan/versions/{n}/answer",
				"/participants/{n}/bo-plan/versions/{n}/print", "/participants/{n}/fit", "/participants/{n}/fit/new",
				"/participants/{n}/fit/{n}", "/participants/{n}/fit/{n}/edit", "/participants/{n}/export",
				"/participants/restricted", "/participants/{n}/restrict", "/participants/{n}/lift-restriction")) {
			if (!reached(shapes, shape)) {
				problems.add("no page reached of the kind " + shape);
			}
		}
		assertThat(problems).as("problems at %d × %d px", WIDTH, HEIGHT).isEmpty();
	}

	/** Reached as such, or (for a query) with at least these parameters among others. */
	private static boolean reached(Set<String> shapes, String wanted) {
		if (!wanted.contains("?")) {
			return shapes.contains(wanted);
		}
		String path = wanted.substring(0, wanted.indexOf('?'));
		List<String> names = List.of(wanted.substring(path.length() + 1).split("&"));
		return shapes.stream()
			.filter((shape) -> shape.startsWith(path + "?"))
			.anyMatch((shape) -> List.of(shape.substring(path.length() + 1).split("&")).containsAll(names));
	}

	/**
	 * Breadth first from the home page, GET only: links are the only thing it follows,
	 * and it never submits a form, so nothing changes on the way.
	 */
	private void crawl(String username, String language, List<String> problems, Set<String> allShapes) {
		Page page = loggedIn(username, WIDTH, HEIGHT);
		String origin = url("");
		page.navigate(url("/?lang=" + language));
		// Pages of a kind not met before go first, further pages of a kind after them, so
		// the page budget reaches every kind before it repeats one.
		Deque<String> queue = new ArrayDeque<>(List.of(url("/")));
		Deque<String> repeats = new ArrayDeque<>();
		Set<String> seen = new HashSet<>(queue);
		Map<String, Integer> shapes = new HashMap<>();
		Set<String> scanned = new HashSet<>();
		int visited = 0;
		while ((!queue.isEmpty() || !repeats.isEmpty()) && visited < PAGES_PER_ROLE) {
			String target = queue.isEmpty() ? repeats.removeFirst() : queue.removeFirst();
			visited++;
			Response response = page.navigate(target);
			String where = username + " " + target.substring(origin.length()) + ": ";
			if (response == null || response.status() != 200) {
				problems.add(where + "status " + ((response != null) ? response.status() : "none"));
				continue;
			}
			String shape = shape(target.substring(origin.length()));
			allShapes.add(shape);
			@SuppressWarnings("unchecked")
			Map<String, Object> found = (Map<String, Object>) page.evaluate(INSPECT);
			int width = ((Number) found.get("scrollWidth")).intValue();
			if (width > Math.min(((Number) found.get("innerWidth")).intValue(), WIDTH)) {
				problems.add(where + "scrolls sideways, " + width + " px wide");
			}
			((List<?>) found.get("small")).forEach((s) -> problems.add(where + s));
			if (scanned.add(shape + " " + found.get("structure"))) {
				Chromium.accessibilityViolations(page).forEach((v) -> problems.add(where + v));
			}
			for (Object link : (List<?>) found.get("links")) {
				String next = followable(origin, (String) link);
				if (next != null && seen.add(next)) {
					String nextShape = shape(next.substring(origin.length()));
					int count = shapes.merge(nextShape, 1, Integer::sum);
					// Lists are paged, sorted or filtered once; records of a kind up to a
					// few.
					if (count == 1) {
						queue.addLast(next);
					}
					else if (count <= (nextShape.contains("?") ? 1 : SAME_SHAPE)) {
						repeats.addLast(next);
					}
				}
			}
		}
		page.context().close();
	}

	/**
	 * The link without its fragment, or null when the crawler must not follow it: other
	 * sites, logging out, switching language (the crawl keeps its language).
	 */
	private static String followable(String origin, String link) {
		if (!link.startsWith(origin + "/")) {
			return null;
		}
		String withoutFragment = link.replaceFirst("#.*$", "");
		URI uri = URI.create(withoutFragment);
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() : "";
		if (uri.getPath().startsWith("/logout") || uri.getPath().startsWith("/login")
				|| Arrays.stream(query.split("&")).anyMatch((p) -> p.startsWith("lang="))) {
			return null;
		}
		return withoutFragment;
	}

	/**
	 * A path's shape: numbers as {n}, and the names of its query parameters (so each list
	 * is paged, sorted or filtered only once per kind).
	 */
	private static String shape(String pathAndQuery) {
		URI uri = URI.create(pathAndQuery);
		String path = uri.getPath().replaceAll("/\\d+(?=/|$)", "/{n}");
		if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
			return path;
		}
		Set<String> names = new TreeSet<>();
		for (String parameter : uri.getRawQuery().split("&")) {
			names.add(parameter.replaceFirst("=.*$", ""));
		}
		return path + "?" + String.join("&", names);
	}

	/**
	 * One team with a caseworker and its section leader, plus NAV, the housing service
	 * and an administrator; three participants whose pages have content: one with a
	 * corrected visit, an allocation meeting and a signed lease NAV has not confirmed (so
	 * overdue), one with an overdue allocation meeting, one with an open offer, one whose
	 * processing is restricted (only the section leader reaches it). Enough units for the
	 * unit list to have a second page.
	 */
	private void createData() {
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.staff.person("nav", Set.of(Role.NAV), Set.of(), Set.of());
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		this.staff.person("admin", Set.of(Role.ADMIN), Set.of(), Set.of());

		long anne = this.participants.aParticipant()
			.named("Anne Alt Samlet Langnavn-Eksempelsen")
			.includedOn(today.minusDays(50))
			.by(kari);
		long visit = this.visits.log(kari, anne, UUID.randomUUID(),
				VisitDetails.minimal(today.minusDays(3), VisitKind.HOME_VISIT, true));
		this.visits.correct(kari, anne, visit, 0,
				new VisitDetails(today.minusDays(3), VisitKind.HOME_VISIT, false, NoContactReason.NOT_HOME, null, 45,
						null, Set.of(), Set.of(PracticalHelp.values()[0]), false,
						"Et notat som er langt nok til å bryte over flere linjer på en smal telefonskjerm."));
		// FIT: two sessions, one tied to the visit and corrected, so the tab has a graph.
		this.fit.record(kari, anne, UUID.randomUUID(),
				new no.kommune.housingfirst.fit.FitDetails(today.minusDays(10), null, scores("4.0"), scores("9.5")));
		long session = this.fit.record(kari, anne, UUID.randomUUID(),
				new no.kommune.housingfirst.fit.FitDetails(today.minusDays(3), visit, scores("5.5"), scores("8.5")));
		this.fit.correct(kari, anne, session, 0,
				new no.kommune.housingfirst.fit.FitDetails(today.minusDays(3), visit, scores("5.0"), scores("8.5")));
		long allocation = allocate(kari, anne, today.minusDays(20));
		Map<MeetingTask, TaskAssignment> tasks = new EnumMap<>(MeetingTask.class);
		for (MeetingTask task : MeetingTask.values()) {
			tasks.put(task, new TaskAssignment(Party.FOLLOW_UP_TEAM, task.ordinal() % 2 == 0));
		}
		this.tenancies.recordMeeting(kari, anne, allocation, 0,
				new HousingTenancies.Meeting(today.minusDays(19), true, true, true, true, null, tasks));
		this.tenancies.sign(kari, anne, allocation, new LeaseTerms(TenancyKind.LEASE, today.minusDays(5),
				LeaseTerm.FIVE_YEARS, null, 8500, "Trondheim kommune", Deposit.NAV_GUARANTEE, true));

		// A bo-plan in two versions (the second steps down), agreed, with a follow-up
		// agreement, and health care declined at a visit since.
		PlanGoal goal = new PlanGoal(UUID.randomUUID(), LifeArea.HOUSING, "Holde leiligheten ren og trygg",
				"Vaske hver lørdag", Set.of(Responsible.PARTICIPANT, Responsible.OTHER), "Miljøvaktmesteren",
				today.plusMonths(2), GoalStatus.IN_PROGRESS, "Går bra");
		PlanContent first = new PlanContent(today.minusDays(40), "Et sted der jeg får være i fred.", "Sterk vilje",
				"Hjelp med økonomi", "Ikke psykolog nå", "Søsteren", "Sover ikke", "Gå tur", "Søsteren",
				today.plusMonths(2), StepDown.WEEKLY, List.of(goal));
		this.plans.revise(kari, anne, 0, UUID.randomUUID(), first);
		this.plans.answer(kari, anne, 1, UUID.randomUUID(),
				new Answer(today.minusDays(39), AgreementKind.SIGNED_ON_PAPER, null));
		this.plans.revise(kari, anne, 1, UUID.randomUUID(), new PlanContent(today.minusDays(2), first.lastingHome(),
				first.resources(), null, null, null, null, null, null, today.plusMonths(3),
				new StepDown(Cadence.FORTNIGHTLY, today.minusDays(1), "Stabil i tre måneder", today.plusMonths(2)),
				List.of(goal)));
		this.visits.log(kari, anne, UUID.randomUUID(), new VisitDetails(today.minusDays(1), VisitKind.HOME_VISIT, true,
				null, null, 30, null, Set.of(), Set.of(), true, null));
		this.agreements.recordFollowUp(kari, anne, 0, UUID.randomUUID(), new FollowUpTerms(today.minusDays(45),
				"Tirsdager", "Ring søsteren", "Søsteren", AgreementKind.AGREED_ORALLY, null));

		long bjorn = this.participants.aParticipant().named("Bjørn Venter").includedOn(today.minusDays(40)).by(kari);
		allocate(kari, bjorn, today.minusDays(10));

		long cecilie = this.participants.aParticipant()
			.named("Cecilie Uten Besøk")
			.includedOn(today.minusDays(30))
			.by(kari);
		this.offers.offer(kari, cecilie, List.of(this.housing.unit(TestStaff.unique("Tilbudsgata "), "Heimdal", 7000),
				this.housing.unit(TestStaff.unique("Tilbudsveien "), "Lerkendal", 7200)));
		// A record whose processing is restricted: gone for Kari, the leader's banner,
		// list and lifting form.
		long dina = this.participants.aParticipant().named("Dina Begrenset").includedOn(today.minusDays(20)).by(kari);
		this.restrictions.restrict(kari, dina, this.restrictions.restrictForm(kari, dina).version(), UUID.randomUUID(),
				"Deltakeren bestrider at opplysningene om tidligere bosted er riktige, og ber om begrensning til de "
						+ "er kontrollert.");
		for (int i = 0; i < 22; i++) {
			this.housing.unit(TestStaff.unique("Ledig gate "), (i % 2 == 0) ? "Midtbyen" : "Østbyen", 8000 + i);
		}
	}

	private static no.kommune.housingfirst.fit.ScaleScores scores(String each) {
		java.math.BigDecimal value = new java.math.BigDecimal(each);
		return new no.kommune.housingfirst.fit.ScaleScores(value, value, value, value);
	}

	/** An offer of two units, the first chosen on the given day: the allocation's id. */
	private long allocate(CurrentUser caseworker, long participant, LocalDate on) {
		long chosen = this.housing.unit(TestStaff.unique("Valgtgata "), "Midtbyen", 8500);
		long other = this.housing.unit(TestStaff.unique("Andregata "), "Lerkendal", 7900);
		long offer = this.offers.offer(caseworker, participant, List.of(chosen, other), on.minusDays(1));
		return this.offers.answer(caseworker, participant, offer, chosen, OfferedUnit.Answer.CHOSEN, null, null, null,
				on);
	}

}
