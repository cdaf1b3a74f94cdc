package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visits say what happened to the modules that keep counts (the dashboard's weekly
 * roll-ups): a logged visit, a correction and a void, with the day, contact and minutes
 * (before and after), and never the note.
 */
@IntegrationTest
@RecordApplicationEvents
class VisitEventsTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	VisitService visits;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	ApplicationEvents events;

	@Test
	void loggingAndCorrectingAVisitArePublished() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(30)).by(kari);
		long visit = this.visits.log(kari, participant, UUID.randomUUID(), details(TODAY, false, null, "Ikke hjemme"));
		assertThat(this.events.stream(VisitLogged.class))
			.containsExactly(new VisitLogged(visit, participant, TODAY, false, null));

		this.visits.correct(kari, participant, visit, 0, details(TODAY.minusDays(1), true, 40, "Traff henne likevel"));
		assertThat(this.events.stream(VisitCorrected.class))
			.containsExactly(new VisitCorrected(visit, participant, TODAY, false, null, TODAY.minusDays(1), true, 40));
		assertThat(VisitCorrected.class.getRecordComponents()).extracting("name").doesNotContain("note");
	}

	@Test
	void voidingAVisitIsPublishedWithoutTheNoteOrTheComment() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(30)).by(kari);
		long visit = this.visits.log(kari, participant, UUID.randomUUID(),
				details(TODAY.minusDays(2), true, 35, "Handlet mat sammen"));
		this.visits.voidVisit(kari, participant, visit, 0, VoidReason.WRONG_PARTICIPANT, "Skulle vært på Per");
		assertThat(this.events.stream(VisitVoided.class))
			.containsExactly(new VisitVoided(visit, participant, TODAY.minusDays(2), true, 35));
		assertThat(VisitVoided.class.getRecordComponents()).extracting("name")
			.containsExactly("visitId", "participantId", "date", "contact", "durationMinutes");
	}

	private static VisitDetails details(LocalDate date, boolean contact, Integer minutes, String note) {
		return new VisitDetails(date, VisitKind.HOME_VISIT, contact, contact ? null : NoContactReason.NOT_HOME, null,
				minutes, null, Set.of(), Set.of(), false, note);
	}

}
