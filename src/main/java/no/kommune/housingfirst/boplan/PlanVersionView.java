package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * One version of a plan as it was saved, with every answer the participant gave to it
 * (newest first); for reading an earlier version, printing it and recording an answer.
 */
public record PlanVersionView(ParticipantHeader header, int versionNo, int latestVersionNo, PlanContent content,
		String createdBy, Instant createdAt, List<AnswerLine> answers, boolean mayWrite) {

	/** An answer to the version, who recorded it and when. */
	public record AnswerLine(Answer answer, String recordedBy, Instant recordedAt) {
	}

	public boolean latest() {
		return this.versionNo == this.latestVersionNo;
	}

	/** The answer that holds: the latest one; null when none is recorded. */
	public Answer answer() {
		return this.answers.isEmpty() ? null : this.answers.get(0).answer();
	}

}
