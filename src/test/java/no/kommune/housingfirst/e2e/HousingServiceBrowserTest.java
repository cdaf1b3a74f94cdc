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
 * The housing service's own path on a phone (ADR 0008): from those looking for a home to
 * the offer, the viewing and the choice, the lease and the move-in, on the housing-only
 * view, axe-checked at 360 px.
 */
class HousingServiceBrowserTest extends BrowserTest {

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Test
	void theHousingOfficerTakesACaseFromOfferToMoveInOnAPhone() {
		String today = LocalDate.now(TimeConfiguration.OSLO).toString();
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER),
				Set.of(this.staff.team(this.staff.section())), Set.of());
		long participant = this.participants.aParticipant()
			.named("Hanne Hjemløs")
			.withNotes("Hemmelig notat")
			.includedOn(LocalDate.now(TimeConfiguration.OSLO).minusDays(12))
			.by(kari);
		this.housing.unit("Elvegata 1", "Midtbyen", 8500);
		this.housing.unit("Bakkeveien 2", "Lerkendal", 7900);

		Page page = loggedIn("bolig", 360, 740);
		page.navigate(url("/housing-units/seekers"));
		assertThat(page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Hanne Hjemløs")))
			.containsText("Ikke fått tilbud ennå");
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hanne Hjemløs")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hanne Hjemløs"))).isVisible();
		assertThat(page.getByText("Hemmelig notat")).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besøk"))).hasCount(0);
		Chromium.assertAccessible(page);

		page.getByLabel("Elvegata 1, 7010").check();
		page.getByLabel("Bakkeveien 2, 7010").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi tilbud")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tilbudet er registrert.");
		page.getByLabel("Visning (dato)").first().fill(today);
		page.getByLabel("Hvem var med").first().fill("Boligkonsulenten");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valgt").setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er tildelt.");
		// The meeting and the release are the caseworker's.
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer tildelingsmøtet")))
			.hasCount(0);
		Chromium.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer leiekontrakt eller kjøp")).click();
		page.getByLabel("Leiestart eller kjøpsdato").fill(today);
		page.getByLabel("Utleier").fill("Trondheim kommune");
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("NAV har fått oppgaven om første husleie.");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer innflytting")).click();
		page.getByLabel("Nøkler overlevert").fill(today);
		page.getByLabel("Første natt i boligen").fill(today);
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer innflytting")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Innflyttingen er registrert.");
		assertThat(page.getByText("Dager til bolig: 12")).isVisible();
		assertThat(page.getByText("Venter på NAV")).hasCount(0);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "housing-service-moved-in-360");
		org.assertj.core.api.Assertions
			.assertThat(Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.isEqualTo(true);
	}

}
