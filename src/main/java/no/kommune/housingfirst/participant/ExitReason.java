package no.kommune.housingfirst.participant;

/** Why follow-up ended (DOMAIN §3.9). Labels: {@code ExitReason.<NAME>}. */
public enum ExitReason {

	STABLE_WITHOUT_FOLLOW_UP, BOUGHT_OWN_HOME, MOVED_AWAY, DECLINED_FOLLOW_UP, LONG_TERM_INSTITUTION, PRISON, DECEASED

}
