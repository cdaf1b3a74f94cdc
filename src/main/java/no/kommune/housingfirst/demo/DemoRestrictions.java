package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantRestrictions;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;

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
 * Restriction of processing (GDPR art. 18) in the demo: one of Ola's participants
 * (HF-team Nord 2, in the demo section leader's section) asked for it once, while a wrong
 * address was put right, and the section leader lifted it; now it is restricted again
 * while an objection is looked at. Logged in as {@code leder}, the badge, the banner with
 * both periods and {@code /participants/restricted} show it; as {@code ola} the
 * participant is gone. Made through the restriction service as Ola and the leader, after
 * every other demo runner.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DemoRestrictions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRestrictions.class);

	private final ParticipantRestrictions restrictions;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoRestrictions(ParticipantRestrictions restrictions, ParticipantDirectory directory, StaffAccounts accounts,
			Clock clock) {
		this.restrictions = restrictions;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.restrictions.anyPeriods() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser ola = user("ola");
		CurrentUser leader = user("leder");
		// The most recently included of Ola's participants in follow-up: the other demo
		// stories (crisis stays, tenancy events, NAV's queues) use others.
		this.directory.caseloadOf(ola, today, today)
			.stream()
			.filter((p) -> p.status() == ParticipantStatus.HOUSED)
			.max(Comparator.comparingLong(ActiveParticipant::id))
			.ifPresent((p) -> {
				long id = p.id();
				this.restrictions.restrict(ola, id, this.restrictions.restrictForm(ola, id).version(),
						UUID.randomUUID(), "Deltakeren bestrider at adressen og telefonnummeret vi har er riktige.");
				this.restrictions.lift(leader, id, this.restrictions.liftForm(leader, id).header().version(),
						UUID.randomUUID(),
						"Adressen og telefonnummeret er kontrollert og rettet sammen med deltakeren.");
				this.restrictions.restrict(ola, id, this.restrictions.restrictForm(ola, id).version(),
						UUID.randomUUID(),
						"Deltakeren protesterer mot at opplysningene deles med boligtjenesten (artikkel 21); "
								+ "begrenset mens protesten vurderes.");
				log.info("Demo restriction of processing loaded: 2 periods, 1 open");
			});
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

}
