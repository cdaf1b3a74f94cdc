package no.kommune.housingfirst.fidelity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.housing.HousingMeasures;
import no.kommune.housingfirst.participant.ParticipantMeasures;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.visitlog.VisitCompliance;

import org.springframework.stereotype.Component;

/**
 * The figures behind the pre-filled items for one team and period, from the other
 * modules' public query methods (never their tables): offers and homes from housing, the
 * median days to housing, visits with contact per participant followed up per week, and
 * active participants per caseworker of the team. A figure with nothing to count is
 * absent.
 */
@Component
class FidelityMeasures {

	private final HousingMeasures housing;

	private final ParticipantMeasures participants;

	private final VisitCompliance visits;

	private final StaffDirectory staff;

	FidelityMeasures(HousingMeasures housing, ParticipantMeasures participants, VisitCompliance visits,
			StaffDirectory staff) {
		this.housing = housing;
		this.participants = participants;
		this.visits = visits;
		this.staff = staff;
	}

	Map<FidelityItem.Measure, BigDecimal> measure(CurrentUser user, long teamId, LocalDate from, LocalDate to) {
		Set<Long> teams = Set.of(teamId);
		Map<FidelityItem.Measure, BigDecimal> figures = new EnumMap<>(FidelityItem.Measure.class);
		HousingMeasures.ChoiceAndScatter homes = this.housing.choiceAndScatter(user, teams, from, to);
		if (homes.offerSets() > 0) {
			figures.put(FidelityItem.Measure.PERCENT_WITH_CHOICE,
					percent(homes.offerSetsWithChoice(), homes.offerSets()));
		}
		int known = homes.homes() - homes.homesUnknownBuilding();
		if (known > 0) {
			figures.put(FidelityItem.Measure.PERCENT_SCATTERED, percent(homes.homesScattered(), known));
		}
		Double median = this.housing.figures(user, teams, null, from, to).daysInPeriod().medianDays();
		if (median != null) {
			figures.put(FidelityItem.Measure.MEDIAN_DAYS, BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP));
		}
		int followed = this.participants.periodCounts(user, teams, from, to).followedUp();
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (followed > 0 && days >= 7) {
			long contacts = this.visits.contactsInPeriod(user, teams, from, to);
			figures.put(FidelityItem.Measure.VISITS_PER_WEEK, BigDecimal.valueOf(contacts * 7)
				.divide(BigDecimal.valueOf(followed * days), 2, RoundingMode.HALF_UP));
		}
		int caseworkers = this.staff.caseworkersIn(teams).size();
		if (caseworkers > 0) {
			int active = this.participants.caseloads(user, teams, null)
				.stream()
				.mapToInt(ParticipantMeasures.Caseload::active)
				.sum();
			figures.put(FidelityItem.Measure.PARTICIPANTS_PER_CASEWORKER,
					BigDecimal.valueOf(active).divide(BigDecimal.valueOf(caseworkers), 1, RoundingMode.HALF_UP));
		}
		return figures;
	}

	private static BigDecimal percent(int part, int whole) {
		return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
