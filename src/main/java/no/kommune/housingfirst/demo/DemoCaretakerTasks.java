package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.tenancy.CaretakerTaskKind;
import no.kommune.housingfirst.tenancy.CaretakerTasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caretaker tasks in the homes of Kari's housed demo participants, given through the
 * caretaker-task service as Kari and done as the demo caretaker: the home prepared before
 * move-in (done, with a note), a repair and a lesson in changing the cooker-hood filter
 * still open, one of them past its due date.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 31)
class DemoCaretakerTasks implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCaretakerTasks.class);

	private final CaretakerTasks tasks;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoCaretakerTasks(CaretakerTasks tasks, ParticipantDirectory directory, StaffAccounts accounts, Clock clock) {
		this.tasks = tasks;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.tasks.anyTasks() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser kari = (CurrentUser) this.accounts.loadUserByUsername("kari");
		CurrentUser caretaker = (CurrentUser) this.accounts.loadUserByUsername("vaktmester");
		List<Long> housed = new ArrayList<>();
		for (ActiveParticipant participant : this.directory.caseloadOf(kari, today, today)) {
			if (participant.status() == ParticipantStatus.HOUSED
					&& this.tasks.newTask(kari, participant.id()).home() != null) {
				housed.add(participant.id());
			}
		}
		if (housed.isEmpty()) {
			return;
		}
		long home = housed.get(0);
		long prepared = give(kari, home, CaretakerTaskKind.PREPARE_MOVE_IN,
				"Sjekke røykvarsler, skifte lås og sette inn komfyrvakt før innflytting.", caretaker,
				today.minusDays(20));
		this.tasks.markDone(caretaker, prepared, 0, today.minusDays(21),
				"Ny lås satt inn, to nøkler levert til teamet. Komfyrvakt montert.");
		give(kari, home, CaretakerTaskKind.TEACHING,
				"Vise hvordan filteret i kjøkkenviften tas ut og vaskes, og hvordan sluket på badet renses.", caretaker,
				today.plusDays(5));
		long other = housed.get(housed.size() - 1);
		give(kari, other, CaretakerTaskKind.REPAIR, "Dørpumpa på inngangsdøra smeller igjen; justere eller bytte.",
				caretaker, today.minusDays(2));
		log.info("Demo caretaker tasks loaded: 3");
	}

	private long give(CurrentUser caseworker, long participantId, CaretakerTaskKind kind, String what, CurrentUser to,
			LocalDate due) {
		return this.tasks.record(caseworker, participantId, UUID.randomUUID(),
				new CaretakerTasks.TaskDetails(kind, what, to.id(), due));
	}

}
