package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import no.kommune.housingfirst.fidelity.FidelityAssessments;
import no.kommune.housingfirst.fidelity.FidelityDomain;
import no.kommune.housingfirst.fidelity.FidelityItem;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.staff.TeamSummary;
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
 * HF-team Nord 1's fidelity self-assessments, made through the service as the section
 * leader (Lene Leder) would: last year's completed, this year's a draft with a few items
 * scored, so the years can be compared and the draft finished.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 41)
class DemoFidelity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFidelity.class);

	private final FidelityAssessments assessments;

	private final Organisation organisation;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoFidelity(FidelityAssessments assessments, Organisation organisation, StaffAccounts accounts, Clock clock) {
		this.assessments = assessments;
		this.organisation = organisation;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		TeamSummary team = this.organisation.teams()
			.stream()
			.filter((t) -> t.name().equals("HF-team Nord 1"))
			.findFirst()
			.orElse(null);
		int year = LocalDate.now(this.clock).getYear();
		if (team == null || this.assessments.find(team.id(), year - 1).isPresent()) {
			return;
		}
		CurrentUser leader = (CurrentUser) this.accounts.loadUserByUsername("leder");
		long lastYear = this.assessments.create(leader, team.id(), year - 1, UUID.randomUUID());
		Map<FidelityItem, FidelityAssessments.ItemInput> scores = new EnumMap<>(FidelityItem.class);
		for (FidelityItem item : FidelityItem.values()) {
			int score = switch (item.domain()) {
				case HOUSING_CHOICE -> 2;
				case SEPARATION, PHILOSOPHY -> 3;
				case SERVICE_ARRAY -> 3;
				case TEAM -> 4;
			};
			scores.put(item, new FidelityAssessments.ItemInput(score, null));
		}
		scores.put(FidelityItem.SCATTERED_HOUSING, new FidelityAssessments.ItemInput(2,
				"To av boligene ligger i samme kommunale bygg. Vi ber boligtjenesten om spredte boliger."));
		scores.put(FidelityItem.EMPLOYMENT_ACTIVITY,
				new FidelityAssessments.ItemInput(2, "Lite tilbud om arbeid; vi har tatt kontakt med NAV."));
		this.assessments.save(leader, lastYear, 0, scores, true);

		long thisYear = this.assessments.create(leader, team.id(), year, UUID.randomUUID());
		Map<FidelityItem, FidelityAssessments.ItemInput> draft = new EnumMap<>(FidelityItem.class);
		for (FidelityItem item : FidelityItem.in(FidelityDomain.PHILOSOPHY)) {
			draft.put(item, new FidelityAssessments.ItemInput(4, null));
		}
		draft.put(FidelityItem.SCATTERED_HOUSING,
				new FidelityAssessments.ItemInput(3, "Bedre enn i fjor: ny avtale med to private utleiere."));
		this.assessments.save(leader, thisYear, 0, draft, false);
		log.info("Demo fidelity self-assessments loaded: 2");
	}

}
