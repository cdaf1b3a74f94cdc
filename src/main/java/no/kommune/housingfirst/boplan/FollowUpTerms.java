package no.kommune.housingfirst.boplan;

import java.time.LocalDate;

/**
 * What a follow-up agreement (oppfølgingsavtale) says beyond its fixed clause of at least
 * one home visit a week: how the visits are arranged, what the team does when it cannot
 * reach the participant, whom to contact in a crisis; and the participant's answer.
 */
public record FollowUpTerms(LocalDate agreedOn, String visitArrangement, String unreachablePlan, String crisisContacts,
		AgreementKind kind, String comment) {

	public boolean agreed() {
		return this.kind.agreed();
	}

}
