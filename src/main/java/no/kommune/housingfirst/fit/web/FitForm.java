package no.kommune.housingfirst.fit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.fit.FitDetails;
import no.kommune.housingfirst.fit.FitItem;
import no.kommune.housingfirst.fit.FitStart;
import no.kommune.housingfirst.fit.ScaleScores;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * A FIT session as typed or slid: the date, the visit it belongs to, whether each scale
 * was given, and the eight items as text ("7,5" or "7.5"). {@code key} identifies this
 * one submission, so sending it twice saves one session. Items of a scale not given are
 * ignored. {@code untouched}: on the participant view, the items whose slider the
 * participant has not moved yet (kept by fit.js; null on a fresh form, absent without
 * JavaScript): such an item would otherwise be saved as the slider's starting point.
 */
record FitForm(String key, String date, String visit, String ors, String srs, String orsIndividual,
		String orsInterpersonal, String orsSocial, String orsOverall, String srsRelationship, String srsGoals,
		String srsApproach, String srsOverall, String version, String untouched) {

	/** Where a slider starts: the middle of the line. */
	static final String MIDDLE = "5.0";

	static FitForm fresh(FitStart start) {
		return new FitForm(UUID.randomUUID().toString(), start.date().toString(),
				(start.visitId() != null) ? start.visitId().toString() : "", "true", "true", MIDDLE, MIDDLE, MIDDLE,
				MIDDLE, MIDDLE, MIDDLE, MIDDLE, MIDDLE, "0", null);
	}

	static FitForm of(FitDetails d, int version) {
		return new FitForm(null, d.date().toString(), (d.visitId() != null) ? d.visitId().toString() : "",
				String.valueOf(d.ors() != null), String.valueOf(d.srs() != null), shown(d, FitItem.ORS_INDIVIDUAL),
				shown(d, FitItem.ORS_INTERPERSONAL), shown(d, FitItem.ORS_SOCIAL), shown(d, FitItem.ORS_OVERALL),
				shown(d, FitItem.SRS_RELATIONSHIP), shown(d, FitItem.SRS_GOALS), shown(d, FitItem.SRS_APPROACH),
				shown(d, FitItem.SRS_OVERALL), String.valueOf(version), "");
	}

	/** A score as a Norwegian writes it, "7,5"; empty when the scale was not given. */
	private static String shown(FitDetails details, FitItem item) {
		BigDecimal score = details.score(item);
		return (score != null) ? score.setScale(1).toPlainString().replace('.', ',') : "";
	}

	FitForm withVersion(int newVersion) {
		return new FitForm(this.key, this.date, this.visit, this.ors, this.srs, this.orsIndividual,
				this.orsInterpersonal, this.orsSocial, this.orsOverall, this.srsRelationship, this.srsGoals,
				this.srsApproach, this.srsOverall, String.valueOf(newVersion), this.untouched);
	}

	/** The text of an item's field. */
	public String item(FitItem item) {
		return switch (item) {
			case ORS_INDIVIDUAL -> this.orsIndividual;
			case ORS_INTERPERSONAL -> this.orsInterpersonal;
			case ORS_SOCIAL -> this.orsSocial;
			case ORS_OVERALL -> this.orsOverall;
			case SRS_RELATIONSHIP -> this.srsRelationship;
			case SRS_GOALS -> this.srsGoals;
			case SRS_APPROACH -> this.srsApproach;
			case SRS_OVERALL -> this.srsOverall;
		};
	}

	/** The value a slider starts at: its item as a number the browser reads ("7.5"). */
	public String sliderValue(FitItem item) {
		String text = item(item);
		if (FormInput.isBlank(text)) {
			return MIDDLE;
		}
		BigDecimal value = parse(text);
		return (value != null && ScaleScores.isValidItem(value)) ? value.setScale(1).toPlainString() : MIDDLE;
	}

	/** The slider's value as a number, for showing it ("7,5" in Norwegian). */
	public BigDecimal sliderNumber(FitItem item) {
		return new BigDecimal(sliderValue(item));
	}

	/** A fresh participant view: fit.js starts counting every slider as not yet moved. */
	public boolean fresh() {
		return this.untouched == null;
	}

	public boolean given(FitItem.Scale scale) {
		return FormInput.checked((scale == FitItem.Scale.ORS) ? this.ors : this.srs);
	}

	/** The session, or null when something is wrong (then {@code errors} says what). */
	FitDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate on = in.date("date", this.date, true);
		Long visitId = in.id("visit", this.visit, false);
		ScaleScores orsScores = scale(errors, FitItem.Scale.ORS);
		ScaleScores srsScores = scale(errors, FitItem.Scale.SRS);
		if (!given(FitItem.Scale.ORS) && !given(FitItem.Scale.SRS)) {
			errors.reject("fit.rule.noScale");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new FitDetails(on, visitId, orsScores, srsScores);
	}

	private ScaleScores scale(Errors errors, FitItem.Scale scale) {
		if (!given(scale)) {
			return null;
		}
		List<BigDecimal> items = new ArrayList<>();
		List<String> notMoved = (this.untouched == null) ? List.of() : List.of(this.untouched.split(","));
		for (FitItem item : scale.items()) {
			if (notMoved.contains(item.field())) {
				errors.rejectValue(item.field(), "fit.form.score.untouched");
				items.add(null);
				continue;
			}
			items.add(score(errors, item.field(), item(item)));
		}
		return items.contains(null) ? null : ScaleScores.of(items);
	}

	/**
	 * A mark from 0 to 10 with at most one decimal, written with a comma or a point:
	 * "7,5", "7.5", "10". Anything else is refused next to the item.
	 */
	private static BigDecimal score(Errors errors, String field, String text) {
		if (FormInput.isBlank(text)) {
			errors.rejectValue(field, "fit.form.score.required");
			return null;
		}
		BigDecimal value = parse(text);
		if (value == null) {
			errors.rejectValue(field, "fit.form.score.number");
			return null;
		}
		if (value.signum() < 0 || value.compareTo(ScaleScores.MAX_ITEM) > 0) {
			errors.rejectValue(field, "fit.form.score.range");
			return null;
		}
		if (value.stripTrailingZeros().scale() > 1) {
			errors.rejectValue(field, "fit.form.score.decimals");
			return null;
		}
		return value.setScale(1);
	}

	/**
	 * The number in the text, or null: digits with an optional sign and one separator.
	 */
	static BigDecimal parse(String text) {
		String plain = text.strip().replace(',', '.').replace('\u2212', '-');
		if (!plain.matches("-?[0-9]{1,3}(\\.[0-9]{1,6})?")) {
			return null;
		}
		return new BigDecimal(plain);
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	int versionOrMinusOne() {
		return FormInput.version(this.version);
	}

}
