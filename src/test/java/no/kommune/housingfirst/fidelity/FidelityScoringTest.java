package no.kommune.housingfirst.fidelity;

import java.math.BigDecimal;

import no.kommune.housingfirst.fidelity.FidelityItem.Measure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggested scores of the pre-filled items, at and either side of each threshold. */
class FidelityScoringTest {

	@Test
	void sharesWithChoiceAndScatteredHousingScoreFromNinetyPerCentDown() {
		for (Measure share : new Measure[] { Measure.PERCENT_WITH_CHOICE, Measure.PERCENT_SCATTERED }) {
			assertThat(suggested(share, "100")).isEqualTo(4);
			assertThat(suggested(share, "90")).isEqualTo(4);
			assertThat(suggested(share, "89.9")).isEqualTo(3);
			assertThat(suggested(share, "75")).isEqualTo(3);
			assertThat(suggested(share, "74.9")).isEqualTo(2);
			assertThat(suggested(share, "50")).isEqualTo(2);
			assertThat(suggested(share, "49.9")).isEqualTo(1);
			assertThat(suggested(share, "0")).isEqualTo(1);
		}
	}

	@Test
	void daysToHousingScoreBySixWeeksThreeMonthsAndHalfAYear() {
		assertThat(suggested(Measure.MEDIAN_DAYS, "42")).isEqualTo(4);
		assertThat(suggested(Measure.MEDIAN_DAYS, "42.5")).isEqualTo(3);
		assertThat(suggested(Measure.MEDIAN_DAYS, "90")).isEqualTo(3);
		assertThat(suggested(Measure.MEDIAN_DAYS, "91")).isEqualTo(2);
		assertThat(suggested(Measure.MEDIAN_DAYS, "180")).isEqualTo(2);
		assertThat(suggested(Measure.MEDIAN_DAYS, "181")).isEqualTo(1);
	}

	@Test
	void visitsScoreFromOneAWeek() {
		assertThat(suggested(Measure.VISITS_PER_WEEK, "1.20")).isEqualTo(4);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "1.00")).isEqualTo(4);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "0.99")).isEqualTo(3);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "0.75")).isEqualTo(3);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "0.74")).isEqualTo(2);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "0.50")).isEqualTo(2);
		assertThat(suggested(Measure.VISITS_PER_WEEK, "0.49")).isEqualTo(1);
	}

	@Test
	void caseloadScoresByTenFifteenAndTwentyPerCaseworker() {
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "10")).isEqualTo(4);
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "10.1")).isEqualTo(3);
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "15")).isEqualTo(3);
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "15.5")).isEqualTo(2);
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "20")).isEqualTo(2);
		assertThat(suggested(Measure.PARTICIPANTS_PER_CASEWORKER, "20.1")).isEqualTo(1);
	}

	@Test
	void nothingMeasuredSuggestsNothing() {
		assertThat(FidelityScoring.suggested(Measure.MEDIAN_DAYS, null)).isNull();
		assertThat(FidelityScoring.suggested(null, BigDecimal.ONE)).isNull();
	}

	@Test
	void meansAreOfTheScoredItemsOnly() {
		assertThat(FidelityAssessments.mean(FidelityItem.in(FidelityDomain.TEAM),
				java.util.Map.of(FidelityItem.CASELOAD_RATIO, 4, FidelityItem.TEAM_MEETINGS, 3)))
			.isEqualByComparingTo("3.5");
		assertThat(FidelityAssessments.mean(FidelityItem.in(FidelityDomain.TEAM), java.util.Map.of())).isNull();
	}

	private static Integer suggested(Measure measure, String measured) {
		return FidelityScoring.suggested(measure, new BigDecimal(measured));
	}

}
