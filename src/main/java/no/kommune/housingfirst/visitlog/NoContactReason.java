package no.kommune.housingfirst.visitlog;

/**
 * Why a visit found no contact: the team sees a pattern (never home, in hospital again)
 * that an attempt alone does not show. {@link #OTHER} says it in a few words. Labels:
 * {@code NoContactReason.<NAME>}.
 */
public enum NoContactReason {

	NOT_HOME, DECLINED, IN_INSTITUTION, OTHER

}
