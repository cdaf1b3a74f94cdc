package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.TestParticipants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the keyboard is stands out: on the dark navigation bar, on the participant's
 * tabs, in form fields and on buttons, the focus indicator contrasts at least 3:1 with
 * what is around it (WCAG 1.4.11).
 */
class FocusBrowserTest extends BrowserTest {

	/**
	 * The focused element's outline style and width, and the better contrast of its two
	 * rings (the outline and the box-shadow) against the nearest background behind it.
	 */
	private static final String FOCUS = """
			(el) => {
			  const channels = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number)
			    .map((v) => v / 255).map((v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
			  const luminance = (c) => { const [r, g, b] = channels(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
			  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
			  let background = 'rgb(255, 255, 255)';
			  for (let n = el.parentElement; n; n = n.parentElement) {
			    const c = getComputedStyle(n).backgroundColor;
			    if (c !== 'transparent' && !/,\\s*0\\)$/.test(c)) { background = c; break; }
			  }
			  const style = getComputedStyle(el);
			  const ring = (style.boxShadow.match(/rgba?\\([^)]*\\)/) || [])[0];
			  return {
			    visible: el.matches(':focus-visible') || el.matches(':focus'),
			    outline: style.outlineStyle,
			    width: parseFloat(style.outlineWidth),
			    contrast: Math.max(style.outlineStyle === 'none' ? 0 : ratio(style.outlineColor, background),
			                       ring ? ratio(ring, background) : 0)
			  };
			}
			""";

	@Autowired
	TestParticipants participants;

	@Test
	void focusStandsOutOnTheBarTabsFieldsAndButtons() {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		long participant = this.participants.aParticipant()
			.named("Fokus Person")
			.includedOn(LocalDate.now(TimeConfiguration.OSLO).minusDays(10))
			.by(kari);
		Page page = loggedIn("kari", 1280, 900);

		assertFocus(page, page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Min uke")), "navigation link");
		page.navigate(url("/participants/" + participant));
		assertFocus(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besøk").setExact(true)),
				"tab");
		page.navigate(url("/participants/new"));
		assertFocus(page, page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)), "text field");
		assertFocus(page, page.locator("input[type=checkbox]").first(), "checkbox");
		assertFocus(page, page.locator("main button[type=submit].btn-primary").first(), "button");
	}

	private static void assertFocus(Page page, Locator element, String what) {
		// A key press first: from then on the browser shows focus as keyboard focus.
		page.keyboard().press("Shift");
		element.focus();
		@SuppressWarnings("unchecked")
		Map<String, Object> focus = (Map<String, Object>) element.evaluate(FOCUS);
		assertThat(focus.get("visible")).as(what + " has focus").isEqualTo(true);
		assertThat(focus.get("outline")).as(what + " outline").isNotEqualTo("none");
		assertThat(((Number) focus.get("width")).doubleValue()).as(what + " outline width").isGreaterThanOrEqualTo(2);
		assertThat(((Number) focus.get("contrast")).doubleValue()).as(what + " focus contrast")
			.isGreaterThanOrEqualTo(3);
	}

}
