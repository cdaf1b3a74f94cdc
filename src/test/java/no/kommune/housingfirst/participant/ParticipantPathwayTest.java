package no.kommune.housingfirst.participant;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The participant guards its pathway: included → housed → exited, and back again. */
class ParticipantPathwayTest {

	static final LocalDate INCLUDED = LocalDate.of(2026, 3, 2);

	private static Participant participant() {
		return new Participant(
				new ParticipantDetails("  Kari   Nordmann ", LocalDate.of(1980, 1, 1), " ", CurrentStay.STREET,
						"ignored", 10, GuardianNeed.NO, false, false, LocalDate.of(2026, 1, 1), ""),
				1L, 2L, null, INCLUDED, 2L, java.util.UUID.randomUUID());
	}

	@Test
	void inclusionCleansTheInputAndStartsTheHistory() {
		Participant participant = participant();
		assertThat(participant.getFullName()).isEqualTo("Kari   Nordmann");
		assertThat(participant.details().phone()).isNull();
		assertThat(participant.details().currentStayOther()).isNull();
		assertThat(participant.details().consentDate()).as("no consent, no consent date").isNull();
		assertThat(participant.details().practicalNotes()).isNull();
		assertThat(Participant.searchable(participant.getFullName())).isEqualTo("kari nordmann");
		assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.INCLUDED);
		assertThat(participant.getStatusChanges()).extracting(StatusChange::getToStatus)
			.containsExactly(ParticipantStatus.INCLUDED);
	}

	@Test
	void theWholePathwayLeavesAHistory() {
		Participant participant = participant();
		participant.markHoused(INCLUDED.plusDays(40), 2L);
		participant.backToSearch(INCLUDED.plusDays(400), 2L);
		participant.markHoused(INCLUDED.plusDays(450), 2L);
		participant.exit(INCLUDED.plusDays(900), ExitReason.STABLE_WITHOUT_FOLLOW_UP, 3L);
		assertThat(participant.getExitReason()).isEqualTo(ExitReason.STABLE_WITHOUT_FOLLOW_UP);
		participant.reopen(INCLUDED.plusDays(950), 3L);
		assertThat(participant.getExitedOn()).isNull();
		assertThat(participant.getStatusChanges()).extracting(StatusChange::getToStatus)
			.containsExactly(ParticipantStatus.INCLUDED, ParticipantStatus.HOUSED, ParticipantStatus.INCLUDED,
					ParticipantStatus.HOUSED, ParticipantStatus.EXITED, ParticipantStatus.INCLUDED);
	}

	@Test
	void impossibleStepsAreRefusedAndChangeNothing() {
		Participant participant = participant();
		assertRefused(() -> participant.reopen(INCLUDED, 2L), "participant.rule.reopenOnlyExited");
		assertRefused(() -> participant.backToSearch(INCLUDED, 2L), "participant.rule.searchOnlyFromHoused");
		assertRefused(() -> participant.markHoused(INCLUDED.minusDays(1), 2L), "participant.rule.dateBeforeInclusion");
		assertRefused(() -> participant.exit(INCLUDED, null, 2L), "participant.rule.exitNeedsReason");
		participant.exit(INCLUDED.plusDays(5), ExitReason.MOVED_AWAY, 2L);
		assertRefused(() -> participant.exit(INCLUDED.plusDays(6), ExitReason.DECEASED, 2L),
				"participant.rule.alreadyExited");
		assertRefused(() -> participant.markHoused(INCLUDED.plusDays(6), 2L),
				"participant.rule.housedOnlyFromIncluded");
		assertRefused(() -> participant.reopen(INCLUDED.plusDays(4), 2L), "participant.rule.dateBeforeExit");
		assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.EXITED);
		assertThat(participant.getExitReason()).isEqualTo(ExitReason.MOVED_AWAY);
		assertThat(participant.getStatusChanges()).hasSize(2);
	}

	@Test
	void noStepIsDatedBeforeTheOneItFollows() {
		Participant participant = participant();
		participant.markHoused(INCLUDED.plusDays(40), 2L);
		assertRefused(() -> participant.exit(INCLUDED.plusDays(39), ExitReason.MOVED_AWAY, 2L),
				"participant.rule.dateBeforePreviousStep");
		assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.HOUSED);
		assertThat(participant.getExitReason()).isNull();
	}

	@Test
	void theSecondCaseworkerIsNotTheFirst() {
		Participant participant = participant();
		assertRefused(() -> participant.reassign(1L, 5L, 5L), "participant.rule.secondarySameAsPrimary");
		participant.reassign(7L, 5L, 6L);
		assertThat(participant.getTeamId()).isEqualTo(7L);
	}

	private static void assertRefused(Runnable step, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOf(ParticipantRuleException.class).hasMessage(messageKey);
	}

}
