package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18 in a real Chromium, with its network switched off and on through the DevTools
 * protocol (Playwright's {@code setOffline} is {@code Network.emulateNetworkConditions},
 * for the page and its service worker): visits logged without signal are queued on the
 * phone, shown on Min uke, and stored exactly once when the signal returns; a refused one
 * stays with the server's message; logout leaves nothing of one person's pages for the
 * next.
 */
class OfflineVisitBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser kari;

	long per;

	long ola;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		long otherTeam = this.staff.team(section);
		this.kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("anne", Set.of(Role.CASEWORKER), Set.of(otherTeam), Set.of());
		this.per = this.participants.aParticipant()
			.named("Per Uten Nett")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
		this.ola = this.participants.aParticipant()
			.named("Ola Uten Nett")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
	}

	@Test
	void twoVisitsLoggedWithoutSignalAreQueuedAndStoredOnceWhenTheSignalReturns() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/my-week"));
		waitUntilKept(page);
		BrowserContext context = page.context();

		context.setOffline(true);
		Response reloaded = page.reload();
		assertThat(reloaded.fromServiceWorker()).as("Min uke from the phone's copy").isTrue();
		// The copy, not the network: the service worker's fetch failed too.
		assertThat(page.locator("html")).hasAttribute("data-offline-copy", Pattern.compile("\\d+"));
		logVisitWithoutSignal(page, "Per Uten Nett");
		logVisitWithoutSignal(page, "Ola Uten Nett");

		// Reloaded without signal: both are on the phone, waiting.
		page.reload();
		Locator queue = page.locator("#offline-queue");
		Locator items = queue.locator(".offline-item");
		assertThat(items).hasCount(2);
		assertThat(items.nth(0)).containsText("Per Uten Nett");
		assertThat(items.nth(1)).containsText("Ola Uten Nett");
		assertThat(items.nth(0)).containsText("Venter på nett");
		assertThat(queue).containsText("2 besøk er lagret på telefonen og venter på nett.");
		assertThat(queue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send nå"))).isVisible();
		Chromium.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		Chromium.screenshot(page, "offline-my-week-queued");
		assertThat(visits(this.per) + visits(this.ola)).isZero();
		Object copies = page.evaluate(QUEUE_ITEMS);

		// The signal returns: the browser says so, the queue is sent, and each visit is
		// stored once.
		context.setOffline(false);
		assertThat(queue.locator(".offline-status")).hasText("Alle besøk fra telefonen er sendt og lagret.");
		assertThat(items).hasCount(0);
		assertThat(visits(this.per)).isEqualTo(1);
		assertThat(visits(this.ola)).isEqualTo(1);
		Chromium.assertAccessible(page);
		// Audited when stored: when it was recorded on the phone, and (the row's own
		// time) when it arrived.
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE record_type = 'VISIT' AND action = 'CREATE'
				AND participant_id IN (?, ?) AND recorded_at IS NOT NULL AND recorded_at <= occurred_at""", Long.class,
				this.per, this.ola))
			.isEqualTo(2);

		// The same two sent again (an answer lost on the way, a second tab): still one
		// each.
		page.evaluate(PUT_ITEMS, copies);
		page.reload();
		assertThat(queue.locator(".offline-status")).hasText("Alle besøk fra telefonen er sendt og lagret.");
		assertThat(items).hasCount(0);
		assertThat(visits(this.per)).isEqualTo(1);
		assertThat(visits(this.ola)).isEqualTo(1);
		Locator perRow = page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Per Uten Nett"));
		assertThat(perRow).containsText("Besøkt med kontakt");
	}

	@Test
	void aRefusedQueuedVisitStaysWithTheServersMessageUntilCorrectedOrDiscarded() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/my-week"));
		waitUntilKept(page);
		BrowserContext context = page.context();
		context.setOffline(true);
		page.reload();
		// Too far back: the server refuses it when it arrives.
		logVisitWithoutSignal(page, "Per Uten Nett", TODAY.minusDays(70));

		context.setOffline(false);
		Locator queue = page.locator("#offline-queue");
		Locator item = queue.locator(".offline-item");
		assertThat(item).hasCount(1);
		assertThat(item).containsText("Ikke tatt imot");
		assertThat(item).containsText("Dato: Et besøk kan føres høyst 60 dager tilbake i tid.");
		Chromium.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		Chromium.screenshot(page, "offline-my-week-refused");
		assertThat(visits(this.per)).isZero();

		// Sent again as it is: refused again, still kept.
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send igjen")).tap();
		assertThat(item).containsText("Dato: Et besøk kan føres høyst 60 dager tilbake i tid.");
		page.reload();
		assertThat(item).hasCount(1);

		// Corrected: the form comes back filled in, with the server's message.
		item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rett")).tap();
		Locator refused = page.locator(".offline-refused");
		assertThat(refused).containsText("Dato: Et besøk kan føres høyst 60 dager tilbake i tid.");
		assertThat(page.getByLabel("Traff deltakeren")).isChecked();
		page.locator("summary").first().tap();
		assertThat(page.getByLabel("Dato")).hasValue(TODAY.minusDays(70).toString());
		Chromium.assertAccessible(page);
		page.getByLabel("Dato").fill(TODAY.minusDays(3).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre besøk")).first().tap();
		assertThat(page).hasURL(url("/my-week"));
		assertThat(page.locator("main > .alert-success")).hasText("Besøket er lagret.");
		assertThat(page.locator("#offline-queue .offline-item")).hasCount(0);
		assertThat(visits(this.per)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT visit_date FROM visit WHERE participant_id = ?", LocalDate.class,
				this.per))
			.isEqualTo(TODAY.minusDays(3));

		// Another refused one, discarded on purpose (asked first).
		waitUntilKept(page);
		context.setOffline(true);
		page.reload();
		logVisitWithoutSignal(page, "Ola Uten Nett", TODAY.minusDays(80));
		context.setOffline(false);
		assertThat(item).containsText("Ikke tatt imot");
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Forkast")).tap();
		assertThat(item).containsText("Vil du forkaste dette besøket?");
		Chromium.assertAccessible(page);
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nei, behold det")).tap();
		assertThat(item).hasCount(1);
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Forkast")).tap();
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, forkast besøket")).tap();
		assertThat(item).hasCount(0);
		page.reload();
		assertThat(page.locator("#offline-queue .offline-item")).hasCount(0);
		assertThat(visits(this.ola)).isZero();
	}

	@Test
	void logoutWipesTheKeptPagesAndTheNextPersonSeesNothingOfTheFirst() {
		Page page = loggedIn("kari", 1024, 800);
		page.navigate(url("/my-week"));
		waitUntilKept(page);
		assertThat(keptPages(page)).contains("/my-week", "/participants/" + this.per + "/visits/new");
		BrowserContext context = page.context();
		context.setOffline(true);
		page.reload();
		logVisitWithoutSignal(page, "Per Uten Nett", TODAY.minusDays(70));
		context.setOffline(false);
		assertThat(page.locator("#offline-queue .offline-item")).containsText("Ikke tatt imot");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
		assertThat(page).hasURL(url("/login?logout"));
		assertThat(keptPages(page)).isEmpty();

		// Anne on the same phone: none of Kari's pages or queued visits.
		logInHere(page, "anne");
		page.navigate(url("/my-week"));
		waitUntilKept(page);
		assertThat(page.locator("#offline-queue")).isHidden();
		assertThat(page.locator("main")).not().containsText("Per Uten Nett");
		assertThat(keptPages(page)).containsExactly("/my-week");
		Chromium.assertAccessible(page);
		context.setOffline(true);
		page.reload();
		assertThat(page.locator("main")).not().containsText("Per Uten Nett");
		assertThat(page.locator("#offline-queue")).isHidden();
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "offline-my-week-other-person");
		assertThatThrownBy(() -> page.navigate(url("/participants/" + this.per + "/visits/new")))
			.isInstanceOf(PlaywrightException.class);
		context.setOffline(false);

		// Kari again: her refused visit is still there, for her.
		page.navigate(url("/my-week"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
		assertThat(page).hasURL(url("/login?logout"));
		logInHere(page, "kari");
		page.navigate(url("/my-week"));
		assertThat(page.locator("#offline-queue .offline-item")).containsText("Per Uten Nett");
		assertThat(page.locator("#offline-queue .offline-item")).containsText("Ikke tatt imot");
	}

	private void logVisitWithoutSignal(Page page, String name) {
		logVisitWithoutSignal(page, name, null);
	}

	private void logVisitWithoutSignal(Page page, String name, LocalDate date) {
		page.locator(".my-week-row", new Page.LocatorOptions().setHasText(name))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logg besøk hos " + name))
			.click();
		assertThat(page.locator(".offline-note")).containsText("Du er uten nett.");
		assertThat(page.locator("html")).hasAttribute("data-offline-copy", Pattern.compile("\\d+"));
		assertThat(page.locator("input[name='key']")).hasValue(Pattern.compile("[0-9a-f-]{36}"));
		assertThat(page.locator("h1")).hasText(name);
		Chromium.assertAccessible(page);
		page.getByText("Traff deltakeren").click();
		if (date != null) {
			page.locator("summary").first().click();
			page.getByLabel("Dato").fill(date.toString());
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre besøk")).first().click();
		assertThat(page).hasURL(url("/my-week"));
		assertThat(page.locator("#offline-queue .offline-status"))
			.hasText("Besøket er lagret på telefonen og sendes når du har nett.");
		assertThat(page.locator("#offline-queue .offline-item", new Page.LocatorOptions().setHasText(name)))
			.containsText("Venter på nett");
	}

	private static void waitUntilKept(Page page) {
		page.waitForSelector("html[data-offline-ready='true']");
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<String> keptPages(Page page) {
		return (java.util.List<String>) page.evaluate("""
				async () => {
				  if (!(await caches.has('hf-pages'))) return [];
				  const keys = await (await caches.open('hf-pages')).keys();
				  return keys.map((r) => new URL(r.url).pathname).sort();
				}""");
	}

	private void logInHere(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill(username);
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		assertThat(page).hasURL(url("/"));
	}

	private long visits(long participant) {
		return this.jdbc.queryForObject("SELECT count(*) FROM visit WHERE participant_id = ?", Long.class, participant);
	}

	private static void assertNoSidewaysScrolling(Page page) {
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
	}

	private static final String QUEUE_ITEMS = """
			() => new Promise((resolve, reject) => {
			  const open = indexedDB.open('hf-offline', 1);
			  open.onsuccess = () => {
			    const all = open.result.transaction('queue').objectStore('queue').getAll();
			    all.onsuccess = () => resolve(JSON.stringify(all.result));
			    all.onerror = () => reject(all.error);
			  };
			})""";

	private static final String PUT_ITEMS = """
			(json) => new Promise((resolve, reject) => {
			  const open = indexedDB.open('hf-offline', 1);
			  open.onsuccess = () => {
			    const tx = open.result.transaction('queue', 'readwrite');
			    JSON.parse(json).forEach((item) => tx.objectStore('queue').put(item));
			    tx.oncomplete = () => resolve(true);
			    tx.onerror = () => reject(tx.error);
			  };
			})""";

}
