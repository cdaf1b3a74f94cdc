package no.kommune.housingfirst.audit;

/** What was done. Labels: {@code AuditAction.<NAME>}. */
public enum AuditAction {

	READ, SEARCH, CREATE, UPDATE, STATUS, REASSIGN, EXPORT,
	/** Personal data erased (after the retention period, or on request). */
	ERASE

}
