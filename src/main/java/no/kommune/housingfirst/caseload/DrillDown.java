package no.kommune.housingfirst.caseload;

import java.util.Arrays;
import java.util.Optional;

/**
 * A number on the dashboard that opens the list of participants behind it: its name in
 * the address and the message key of its heading. Bo-plan and FIT figures are per team
 * (the caseworker chosen does not narrow them, as on the dashboard); the others follow
 * the whole filter.
 */
public enum DrillDown {

	CASELOAD("caseload", "caseload.caseload.active"), HOUSED("housed", "caseload.housing.housed"),
	WITHIN_42("within-42", "caseload.housing.within42"), WITHIN_90("within-90", "caseload.housing.within90"),
	STABILITY("stability", "caseload.drill.stability"), MEETINGS_HELD("meetings-held", "caseload.meetings.onTime"),
	MEETINGS_OVERDUE("meetings-overdue", "caseload.meetings.overdue"), NAV_OPEN("nav-open", "caseload.nav.open"),
	NAV_OVERDUE("nav-overdue", "caseload.drill.navOverdue"), REHOUSED("rehoused", "caseload.drill.rehoused"),
	WITHOUT_PLAN("without-plan", "caseload.plans.withoutPlan"),
	REVIEW_OVERDUE("review-overdue", "caseload.plans.reviewOverdue"),
	MEETING_DUE("meeting-due", "caseload.plans.meetingsDue"), NOT_AGREED("not-agreed", "caseload.plans.notAgreed"),
	FIT_IMPROVEMENT("fit-improvement", "caseload.fit.improvement"), SRS_BELOW("srs-below", "caseload.fit.srsBelow"),
	SRS_DROP("srs-drop", "caseload.fit.srsDrop"), FIT_RECENT("fit-recent", "caseload.fit.coverage"),
	EXITS("exits", "caseload.exits.title");

	private final String code;

	private final String labelKey;

	DrillDown(String code, String labelKey) {
		this.code = code;
		this.labelKey = labelKey;
	}

	public String code() {
		return this.code;
	}

	public String labelKey() {
		return this.labelKey;
	}

	/** Bo-plan and FIT figures: per team, whoever the caseworker. */
	public boolean perTeam() {
		return switch (this) {
			case WITHOUT_PLAN, REVIEW_OVERDUE, MEETING_DUE, NOT_AGREED, FIT_IMPROVEMENT, SRS_BELOW, SRS_DROP,
					FIT_RECENT ->
				true;
			default -> false;
		};
	}

	/**
	 * The heading of the list's yes/no column, or null when it has none: who was still in
	 * a home (stability), whose meetings were all held in time (allocation meetings).
	 */
	public String flagKey() {
		return switch (this) {
			case STABILITY -> "caseload.stability.stillHoused";
			case MEETINGS_HELD -> "caseload.drill.heldOnTime";
			default -> null;
		};
	}

	public static Optional<DrillDown> of(String code) {
		return Arrays.stream(values()).filter((d) -> d.code.equals(code)).findFirst();
	}

}
