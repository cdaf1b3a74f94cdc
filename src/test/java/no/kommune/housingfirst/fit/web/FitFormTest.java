package no.kommune.housingfirst.fit.web;

import java.math.BigDecimal;
import java.util.Map;

import no.kommune.housingfirst.fit.FitDetails;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores as people type or slide them: a Norwegian comma or a point, one decimal. */
class FitFormTest {

	@Test
	void commaAndPointAreTheSameNumber() {
		FitDetails details = form("7,5", "7.5", "10", "0").details(errors());
		assertThat(details.ors().items()).extracting(BigDecimal::toPlainString)
			.containsExactly("7.5", "7.5", "10.0", "0.0");
		assertThat(details.orsTotal()).hasToString("25.0");
		assertThat(details.srs()).isNull();
	}

	@Test
	void badScoresAreRefusedByTheirItem() {
		Map<String, String> refused = Map.of("10.55", "fit.form.score.range", "9.55", "fit.form.score.decimals", "-1",
				"fit.form.score.range", "\u22121", "fit.form.score.range", "11", "fit.form.score.range", "ti",
				"fit.form.score.number", "", "fit.form.score.required", "10,5", "fit.form.score.range", "7,5,1",
				"fit.form.score.number");
		refused.forEach((text, key) -> {
			Errors errors = errors();
			assertThat(form(text, "5", "5", "5").details(errors)).as(text).isNull();
			assertThat(errors.getFieldError("orsIndividual").getCode()).as(text).isEqualTo(key);
		});
	}

	@Test
	void aScaleNotGivenIsIgnoredAndOneScaleIsNeeded() {
		FitForm onlySrs = new FitForm("k", "2026-01-05", "", "", "true", "ti", "", "", "", "9", "9", "9", "9,9", "0",
				null);
		assertThat(onlySrs.details(errors()).srsTotal()).hasToString("36.9");
		Errors errors = errors();
		FitForm none = new FitForm("k", "2026-01-05", "", "", "", "5", "5", "5", "5", "5", "5", "5", "5", "0", null);
		assertThat(none.details(errors)).isNull();
		assertThat(errors.getGlobalError().getCode()).isEqualTo("fit.rule.noScale");
	}

	private static FitForm form(String a, String b, String c, String d) {
		return new FitForm("k", "2026-01-05", "", "true", "", a, b, c, d, "", "", "", "", "0", null);
	}

	private static Errors errors() {
		return new BeanPropertyBindingResult(
				new FitForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
				"form");
	}

	@Test
	void anItemWhoseSliderWasNeverMovedIsRefusedNotSavedAsTheMiddle() {
		FitForm form = new FitForm("k", "2026-01-05", "", "true", "", "7", "5.0", "6", "8", "", "", "", "", "0",
				"orsInterpersonal");
		org.springframework.validation.BeanPropertyBindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(
				form, "form");
		org.assertj.core.api.Assertions.assertThat(form.details(errors)).isNull();
		org.assertj.core.api.Assertions.assertThat(errors.getFieldError("orsInterpersonal").getCode())
			.isEqualTo("fit.form.score.untouched");
		org.assertj.core.api.Assertions.assertThat(errors.getFieldErrorCount()).isEqualTo(1);
		// Moved, or sent without JavaScript (nothing known about the sliders): saved.
		FitForm moved = new FitForm("k", "2026-01-05", "", "true", "", "7", "5.0", "6", "8", "", "", "", "", "0", "");
		org.springframework.validation.BeanPropertyBindingResult fine = new org.springframework.validation.BeanPropertyBindingResult(
				moved, "form");
		org.assertj.core.api.Assertions.assertThat(moved.details(fine)).isNotNull();
	}

}
