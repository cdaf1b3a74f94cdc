package no.kommune.housingfirst.boplan;

import java.time.LocalDate;

/** How and when the participant answered a plan or agreement, and a comment. */
public record Answer(LocalDate on, AgreementKind kind, String comment) {

	public boolean agreed() {
		return this.kind.agreed();
	}

}
