package no.kommune.housingfirst.tenancy;

/** What happened in a tenancy. Labels: {@code TenancyEventKind.<NAME>}. */
public enum TenancyEventKind {

	COMPLAINT, DAMAGE, RENT_ARREARS, WARNING, NOTICE_TO_QUIT;

	/**
	 * What the housing service records and sees on its units: not rent arrears (NAV's and
	 * the team's), and never the follow-up of a complaint.
	 */
	public boolean forHousingService() {
		return this != RENT_ARREARS;
	}

}
