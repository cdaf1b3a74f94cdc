package no.kommune.housingfirst.fit;

import java.util.Arrays;
import java.util.List;

/**
 * The eight items, labelled by their domain only: the printed forms' wording is licensed.
 * Labels: {@code FitItem.<NAME>}; {@link #field()} is the form field and the name in the
 * correction history.
 */
public enum FitItem {

	ORS_INDIVIDUAL(Scale.ORS, "orsIndividual"), ORS_INTERPERSONAL(Scale.ORS, "orsInterpersonal"),
	ORS_SOCIAL(Scale.ORS, "orsSocial"), ORS_OVERALL(Scale.ORS, "orsOverall"),
	SRS_RELATIONSHIP(Scale.SRS, "srsRelationship"), SRS_GOALS(Scale.SRS, "srsGoals"),
	SRS_APPROACH(Scale.SRS, "srsApproach"), SRS_OVERALL(Scale.SRS, "srsOverall");

	/** The two scales. Labels: {@code FitItem.Scale.<NAME>}. */
	public enum Scale {

		ORS, SRS;

		public List<FitItem> items() {
			return Arrays.stream(FitItem.values()).filter((item) -> item.scale == this).toList();
		}

	}

	private final Scale scale;

	private final String field;

	FitItem(Scale scale, String field) {
		this.scale = scale;
		this.field = field;
	}

	public Scale scale() {
		return this.scale;
	}

	public String field() {
		return this.field;
	}

	/** Position within its scale, 0 to 3. */
	int index() {
		return ordinal() % 4;
	}

}
