package no.kommune.housingfirst.boplan;

/**
 * The participant's answer to a plan or a follow-up agreement. Labels:
 * {@code AgreementKind.<NAME>}.
 */
public enum AgreementKind {

	SIGNED_ON_PAPER, AGREED_ORALLY, DECLINED;

	public boolean agreed() {
		return this != DECLINED;
	}

}
