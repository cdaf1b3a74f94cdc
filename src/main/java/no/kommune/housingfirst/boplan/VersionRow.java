package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.time.LocalDate;

/** A version of a plan in the list of versions, with its latest answer if any. */
record VersionRow(long id, int versionNo, LocalDate planDate, LocalDate reviewOn, long createdBy, Instant createdAt,
		LocalDate answeredOn, AgreementKind answer) {
}
