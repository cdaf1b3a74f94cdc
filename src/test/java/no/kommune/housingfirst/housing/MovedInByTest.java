package no.kommune.housingfirst.housing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stability horizons compare first move-ins with one date instead of adding months to
 * each: a move-in is old enough exactly when adding the months lands on or before today,
 * month ends included (the 29th of February a year on is the 28th).
 */
class MovedInByTest {

	@Test
	void aMoveInIsOldEnoughExactlyWhenItsMonthsHavePassed() {
		LocalDate first = LocalDate.of(2019, 12, 1);
		for (LocalDate today = LocalDate.of(2023, 1, 1); today
			.isBefore(LocalDate.of(2025, 1, 1)); today = today.plusDays(1)) {
			for (int months : HousingMeasures.STABILITY_MONTHS) {
				LocalDate by = HousingMeasures.movedInBy(today, months);
				for (LocalDate movedIn = by.minusDays(4); !movedIn.isAfter(by.plusDays(4)); movedIn = movedIn
					.plusDays(1)) {
					boolean old = !movedIn.plusMonths(months).isAfter(today);
					assertThat(!movedIn.isAfter(by)).as("%s moved in, %s today, %d months", movedIn, today, months)
						.isEqualTo(old);
				}
				assertThat(by).isAfter(first);
			}
		}
	}

	@Test
	void theLastDayOfFebruaryReachesBackToTheTwentyNinth() {
		assertThat(HousingMeasures.movedInBy(LocalDate.of(2025, 2, 28), 12)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(HousingMeasures.movedInBy(LocalDate.of(2024, 2, 28), 12)).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(HousingMeasures.movedInBy(LocalDate.of(2026, 4, 30), 24)).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(HousingMeasures.movedInBy(LocalDate.of(2026, 3, 31), 36)).isEqualTo(LocalDate.of(2023, 3, 31));
	}

}
