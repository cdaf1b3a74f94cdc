package no.kommune.housingfirst.audit;

/** What was done. Labels: {@code AuditAction.<NAME>}. */
public enum AuditAction {

	READ, SEARCH, CREATE, UPDATE, STATUS, REASSIGN, EXPORT,

	/** Processing restricted (GDPR art. 18), and the restriction lifted. */
	RESTRICT, LIFT_RESTRICTION,

	/** Personal data erased (after the retention period, or on request). */
	ERASE

}
