package no.kommune.housingfirst.staff;

import java.util.List;

/**
 * How many active participants a staff member follows, per team. Declared here and
 * answered by the participant module, which owns participants (ADR 0007: the upstream
 * module declares the interface, the downstream module implements it): deactivating
 * someone shows what they leave behind without the staff module reading participant data.
 * Counts only, never who: administrators have no need to know the participants.
 */
public interface StaffCaseloads {

	/**
	 * Participants not exited who have the person as primary or secondary caseworker,
	 * counted per team; teams without any are left out.
	 */
	List<TeamCaseload> activeCaseloadOf(long staffMemberId);

	/** One team's participants that the person follows, by the part they have. */
	record TeamCaseload(long teamId, int asPrimary, int asSecondary) {

		public int total() {
			return this.asPrimary + this.asSecondary;
		}

	}

}
