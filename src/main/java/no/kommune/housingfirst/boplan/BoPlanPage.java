package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * The participant's Boplan tab: the current plan and whether it is agreed and due for
 * review, its earlier versions, the follow-up agreement, and the "hva trengs nå?"
 * meetings the agreement calls for when health care is declined.
 */
public record BoPlanPage(ParticipantHeader header, boolean mayWrite, CurrentPlan current, List<VersionLine> versions,
		FollowUp followUp, Needs needs) {

	/** The latest version, its latest answer (null: none yet), and its review. */
	public record CurrentPlan(int versionNo, PlanContent content, Answer answer, String createdBy, Instant createdAt,
			boolean reviewOverdue) {

		public boolean agreed() {
			return this.answer != null && this.answer.agreed();
		}

		public boolean declined() {
			return this.answer != null && !this.answer.agreed();
		}

	}

	/** A version in the list of versions. */
	public record VersionLine(int versionNo, LocalDate planDate, LocalDate reviewOn, String createdBy,
			Instant createdAt, AgreementKind answer, LocalDate answeredOn) {
	}

	/** The current follow-up agreement. */
	public record FollowUp(int versionNo, FollowUpTerms terms, String createdBy, Instant createdAt) {
	}

	/**
	 * When health care was last declined at a visit, whether a "hva trengs nå?" meeting
	 * is due since, and the latest meetings.
	 */
	public record Needs(LocalDate declinedOn, boolean meetingDue, List<Meeting> meetings) {
	}

	/** A recorded "hva trengs nå?" meeting. */
	public record Meeting(LocalDate heldOn, String attendees, String outcome, String recordedBy) {
	}

	public boolean hasPlan() {
		return this.current != null;
	}

	/** Versions to compare with the current one: there is more than one. */
	public boolean comparable() {
		return this.versions.size() > 1;
	}

}
