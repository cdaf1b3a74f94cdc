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
import no.kommune.housingfirst.tenancy.EventSource;
import no.kommune.housingfirst.tenancy.TenancyEventKind;
import no.kommune.housingfirst.tenancy.TenancyEvents;

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
 * Tenancy events for a few housed demo participants, recorded through the tenancy-event
 * service as their caseworkers: a neighbour's complaint answered in time; a complaint
 * from the housing cooperative's board past its deadline together with damage, so the
 * tenancy is flagged at risk; rent arrears whose agreed rent deduction failed, in NAV's
 * queue.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoTenancyEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTenancyEvents.class);

	private final TenancyEvents events;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoTenancyEvents(TenancyEvents events, ParticipantDirectory directory, StaffAccounts accounts, Clock clock) {
		this.events = events;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.events.anyEvents() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Housed> housed = new ArrayList<>();
		for (String username : List.of("kari", "ola", "nils")) {
			CurrentUser caseworker = (CurrentUser) this.accounts.loadUserByUsername(username);
			for (ActiveParticipant participant : this.directory.caseloadOf(caseworker, today, today)) {
				if (participant.status() != ParticipantStatus.HOUSED) {
					continue;
				}
				TenancyEvents.CurrentTenancy tenancy = this.events.newEvent(caseworker, participant.id()).current();
				if (tenancy != null) {
					housed.add(new Housed(caseworker, participant.id(), tenancy.rentDeductionAgreed()));
				}
			}
		}
		int made = 0;
		if (housed.size() >= 2) {
			Housed calm = housed.remove(0);
			LocalDate received = today.minusDays(12);
			long complaint = record(calm, TenancyEventKind.COMPLAINT, received, EventSource.NEIGHBOUR,
					"Naboen i etasjen under klager på høy musikk sent på kvelden, to helger på rad.", null, null,
					false);
			TenancyEvents.EventView saved = this.events.event(calm.caseworker(), calm.participantId(), complaint)
				.event();
			this.events.update(calm.caseworker(), calm.participantId(), complaint, saved.version(),
					new TenancyEvents.EventDetails(TenancyEventKind.COMPLAINT, received, EventSource.NEIGHBOUR,
							saved.whatHappened(), saved.respondBy(), calm.caseworker().id(),
							"Snakket med deltakeren og naboen sammen. Avtalt stille etter kl. 23; naboen ringer "
									+ "miljøteamet direkte neste gang.",
							received.plusDays(3), null, null, false));
			Housed troubled = housed.remove(0);
			record(troubled, TenancyEventKind.COMPLAINT, today.minusDays(16), EventSource.HOUSING_BOARD,
					"Styret i borettslaget skriver om søppelsekker i oppgangen og besøk på natta.", null, null, false);
			record(troubled, TenancyEventKind.DAMAGE, today.minusDays(6), EventSource.LANDLORD,
					"Knust rute i ytterdøra og vannskade under kjøkkenbenken.", null, null, false);
			made += 4;
		}
		housed.stream().filter(Housed::rentDeductionAgreed).findFirst().ifPresent((owing) -> {
			record(owing, TenancyEventKind.RENT_ARREARS, today.minusDays(4), EventSource.LANDLORD,
					"Husleietrekket for de to siste månedene gikk ikke gjennom.", 1_840_000L, 2, true);
		});
		log.info("Demo tenancy events loaded: {}", made + 1);
	}

	private long record(Housed who, TenancyEventKind kind, LocalDate on, EventSource source, String what, Long ore,
			Integer months, boolean deductionFailed) {
		return this.events.record(who.caseworker(), who.participantId(), UUID.randomUUID(),
				new TenancyEvents.EventDetails(kind, on, source, what, null, null, null, null, ore, months,
						deductionFailed));
	}

	private record Housed(CurrentUser caseworker, long participantId, boolean rentDeductionAgreed) {
	}

}
