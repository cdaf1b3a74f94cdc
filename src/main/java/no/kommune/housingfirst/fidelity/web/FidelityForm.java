package no.kommune.housingfirst.fidelity.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommune.housingfirst.fidelity.FidelityAssessments;
import no.kommune.housingfirst.fidelity.FidelityItem;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The scores and comments as typed, one field pair per item ({@code score_<ITEM>},
 * {@code comment_<ITEM>}) plus the version; only these names are ever read from the
 * request. Held as a map so the page binds errors to each item's field.
 */
final class FidelityForm {

	private final Map<String, String> values;

	private FidelityForm(Map<String, String> values) {
		this.values = values;
	}

	static FidelityForm from(FidelityAssessments.AssessmentView view) {
		Map<String, String> values = new LinkedHashMap<>();
		view.domains().forEach((d) -> d.items().forEach((i) -> {
			values.put(score(i.item()), (i.score() == null) ? "" : i.score().toString());
			values.put(comment(i.item()), (i.comment() == null) ? "" : i.comment());
		}));
		values.put("version", String.valueOf(view.version()));
		return new FidelityForm(values);
	}

	static FidelityForm read(Map<String, String> request) {
		Map<String, String> values = new LinkedHashMap<>();
		for (FidelityItem item : FidelityItem.values()) {
			values.put(score(item), request.getOrDefault(score(item), ""));
			values.put(comment(item), request.getOrDefault(comment(item), ""));
		}
		values.put("version", request.getOrDefault("version", ""));
		return new FidelityForm(values);
	}

	/** The errors of this form, bound to its field names. */
	MapBindingResult errors() {
		return new MapBindingResult(this.values, "form");
	}

	/** The map the page reads ({@code form['score_X']}). */
	Map<String, String> values() {
		return this.values;
	}

	int version() {
		return FormInput.version(this.values.get("version"));
	}

	/** Scores and comments, or null with every problem next to its field. */
	Map<FidelityItem, FidelityAssessments.ItemInput> input(Errors errors) {
		FormInput in = new FormInput(errors);
		Map<FidelityItem, FidelityAssessments.ItemInput> input = new EnumMap<>(FidelityItem.class);
		for (FidelityItem item : FidelityItem.values()) {
			Integer score = in.integer(score(item), this.values.get(score(item)), false, FidelityItem.LOWEST,
					FidelityItem.HIGHEST);
			String comment = in.text(comment(item), this.values.get(comment(item)), false,
					FidelityAssessments.COMMENT_MAX);
			input.put(item, new FidelityAssessments.ItemInput(score, comment));
		}
		return errors.hasErrors() ? null : input;
	}

	static String score(FidelityItem item) {
		return "score_" + item.name();
	}

	static String comment(FidelityItem item) {
		return "comment_" + item.name();
	}

}
