package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole way into a home in a real browser, by the three people who walk it: the
 * housing officer registers units, the caseworker offers three, the participant chooses
 * one, the meeting is held and the lease signed, NAV confirms the first rent, and the
 * move-in gives the days to housing.
 */
class HousingPathBrowserTest extends BrowserTest {

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Test
	void fromRegisteredUnitsToMoveIn() {
		String today = LocalDate.now(TimeConfiguration.OSLO).toString();
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		this.staff.person("nav", Set.of(Role.NAV), Set.of(), Set.of());
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		long participant = this.participants.aParticipant()
			.named("Synne Sti")
			.includedOn(LocalDate.now(TimeConfiguration.OSLO).minusDays(30))
			.by(kari);

		// The housing service registers three units in three of the municipality's
		// districts.
		java.util.List.of("Midtbyen", "Lerkendal", "Heimdal").forEach(this.housing::district);
		Page bolig = loggedIn("bolig", 1280, 900);
		register(bolig, "Elvegata 1", "7010", "Midtbyen", "8500");
		register(bolig, "Bakkeveien 2", "7020", "Lerkendal", "7900");
		register(bolig, "Fjordgata 3", "7030", "Heimdal", "8200");

		// The caseworker records the participant's wishes, offers all three units, and
		// the
		// participant chooses the first.
		Page page = loggedIn("kari", 1280, 900);
		page.navigate(url("/participants/" + participant + "/housing"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre ønsker")).click();
		page.getByLabel("Midtbyen").check();
		page.getByLabel("Husdyr").fill("Katt");
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ønskene er lagret.");
		assertThat(page.getByText("Passer ønskene")).hasCount(1);
		page.getByLabel("Elvegata 1, 7010").check();
		page.getByLabel("Bakkeveien 2, 7020").check();
		page.getByLabel("Fjordgata 3, 7030").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi tilbud")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tilbudet er registrert.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valgt").setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er tildelt.");
		assertThat(page.getByText("Tildelingsmøte senest")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tildelingsmøter").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Synne Sti"))).isVisible();
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Synne Sti")).click();

		// The allocation meeting: who took part and who does what.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer tildelingsmøtet")).click();
		Chromium.assertAccessible(page);
		page.getByLabel("Dato for møtet").fill(today);
		page.getByLabel("Boligtjenesten", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Oppfølgingsteamet", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("NAV", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Ansvarlig for Bli med på visning").selectOption("FOLLOW_UP_TEAM");
		page.getByLabel("Ansvarlig for Første husleie").selectOption("NAV");
		page.getByLabel("Ansvarlig for Depositum").selectOption("NAV");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tildelingsmøtet er lagret.");
		assertThat(page.getByText("Innen tre virkedager")).isVisible();

		// The lease: a missing end date is marked by its field and nothing typed is lost.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer leiekontrakt eller kjøp")).click();
		page.getByLabel("Leiestart eller kjøpsdato").fill(today);
		page.getByLabel("Lengde").selectOption("OTHER");
		page.getByLabel("Utleier").fill("Trondheim kommune");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.locator("#endsOn-error")).containsText("Må fylles ut.");
		assertThat(page.getByLabel("Utleier")).hasValue("Trondheim kommune");
		assertThat(page.getByLabel("Husleie per måned (kroner)")).hasValue("8500");
		Chromium.assertAccessible(page);
		page.getByLabel("Lengde").selectOption("FIVE_YEARS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("NAV har fått oppgaven om første husleie.");
		assertThat(page.getByText("Venter på NAV.")).isVisible();

		// NAV sees the task with only what it needs, and confirms the first rent.
		Page nav = loggedIn("nav", 1280, 900);
		nav.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Første husleie").setExact(true)).click();
		assertThat(nav.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Synne Sti")))
			.containsText("Elvegata 1, 7010");
		Chromium.assertAccessible(nav);
		Chromium.screenshot(nav, "nav-first-rent-queue");
		nav.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekreft")).click();
		nav.getByLabel("Betalt dato").fill(today);
		nav.getByLabel("Beløp (kroner)").fill("8 500");
		nav.getByLabel("Referanse").fill("NAV-2026-0001");
		nav.getByLabel("Depositumsgaranti er gitt").check();
		nav.getByLabel("Etableringstilskudd").selectOption("GRANTED");
		Chromium.assertAccessible(nav);
		nav.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekreft")).click();
		assertThat(nav.getByRole(AriaRole.STATUS)).containsText("Første husleie er bekreftet.");
		assertThat(nav.getByText("Ingen åpne oppgaver.")).isVisible();
		nav.navigate(url("/participants/" + participant));
		assertThat(nav.getByText("Synne Sti")).not().isVisible();

		// The caseworker sees NAV's confirmation and records the move-in.
		page.reload();
		assertThat(page.getByText("Betalt av NAV")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer innflytting")).click();
		page.getByLabel("Nøkler overlevert").fill(today);
		page.getByLabel("Første natt i boligen").fill(today);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer innflytting")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Innflyttingen er registrert.");
		assertThat(page.getByText("Dager til bolig: 30")).isVisible();
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "housing-path-moved-in");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oversikt")).click();
		assertThat(page.getByText("Dager til bolig: 30")).isVisible();

		// The housing service sees the allocation, the meeting, the lease and the
		// move-in.
		bolig.navigate(url("/housing-units"));
		bolig.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tildelinger og kontrakter")).click();
		assertThat(bolig.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Synne Sti")))
			.containsText("Leiekontrakt");
		Chromium.assertAccessible(bolig);
	}

	private void register(Page page, String street, String postcode, String district, String rent) {
		page.navigate(url("/housing-units/new"));
		page.getByLabel("Gateadresse").fill(street);
		page.getByLabel("Postnummer").fill(postcode);
		page.getByLabel("Bydel").selectOption(district);
		page.getByLabel("Rom", new Page.GetByLabelOptions().setExact(true)).fill("2");
		page.getByLabel("Husleie per måned (kroner)").fill(rent);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er registrert.");
	}

}
