package no.kommune.housingfirst.visitlog;

import jakarta.persistence.Converter;

import no.kommune.housingfirst.shared.db.EnumSetText;

/** The visit's sets of choices, each stored in one column. */
final class VisitEnumSets {

	private VisitEnumSets() {
	}

	@Converter
	static class Concerns extends EnumSetText<Concern> {

		Concerns() {
			super(Concern.class);
		}

	}

	@Converter
	static class Help extends EnumSetText<PracticalHelp> {

		Help() {
			super(PracticalHelp.class);
		}

	}

}
