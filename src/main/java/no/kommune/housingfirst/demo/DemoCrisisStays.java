package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.tenancy.CrisisStays;
import no.kommune.housingfirst.tenancy.StayKind;

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
 * One of Kari's demo participants still looking for a home: a month in temporary housing
 * that ended, and now a crisis place (shown on the participant page and on Min uke),
 * recorded through the crisis-stay service as Kari.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 32)
class DemoCrisisStays implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCrisisStays.class);

	private final CrisisStays stays;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoCrisisStays(CrisisStays stays, ParticipantDirectory directory, StaffAccounts accounts, Clock clock) {
		this.stays = stays;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.stays.anyStays() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser kari = (CurrentUser) this.accounts.loadUserByUsername("kari");
		this.directory.caseloadOf(kari, today, today)
			.stream()
			.filter((p) -> p.status() != ParticipantStatus.HOUSED && p.status() != ParticipantStatus.EXITED)
			.map(ActiveParticipant::id)
			.findFirst()
			.ifPresent((id) -> {
				this.stays.record(kari, id, UUID.randomUUID(),
						new CrisisStays.StayDetails(StayKind.TEMPORARY_HOUSING, today.minusDays(45),
								today.minusDays(12), "Midlertidig leilighet, Hospitsgata 4",
								"Måtte ut av hybelen; venter på egen bolig."));
				this.stays.record(kari, id, UUID.randomUUID(),
						new CrisisStays.StayDetails(StayKind.CRISIS_PLACE, today.minusDays(9), null,
								"Kriseplassen i Kirkegata", "Leiligheten ble sagt opp etter vannlekkasje."));
				log.info("Demo crisis stays loaded: 2");
			});
	}

}
