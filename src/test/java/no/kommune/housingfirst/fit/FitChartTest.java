package no.kommune.housingfirst.fit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static no.kommune.housingfirst.fit.FitAlertTest.d;
import static org.assertj.core.api.Assertions.assertThat;

/** The graph's geometry for a known series: 7 px a point, sessions evenly spaced. */
class FitChartTest {

	@Test
	void pointsAndLinesOfAKnownSeries() {
		LocalDate first = LocalDate.of(2026, 3, 2);
		FitChart chart = FitChart.of(List.of(new FitChart.Session(first, d("20.0"), d("35.0")),
				new FitChart.Session(first.plusWeeks(1), null, d("38.0")),
				new FitChart.Session(first.plusWeeks(2), d("26.0"), null)), FitProperties.defaults());
		// x: 58, 336, 614 (556 px over two gaps); y = 290 − 7 × total.
		assertThat(chart.orsPolyline()).isEqualTo("58.0,150.0 614.0,108.0");
		assertThat(chart.srsPolyline()).isEqualTo("58.0,45.0 336.0,24.0");
		assertThat(chart.cutoff().y()).isEqualByComparingTo("115.0");
		assertThat(chart.alliance().y()).isEqualByComparingTo("38.0");
		// Reliable change around the first ORS (20): 25 and 15.
		assertThat(chart.reliableUp().y()).isEqualByComparingTo("115.0");
		assertThat(chart.reliableDown().y()).isEqualByComparingTo("185.0");
		assertThat(chart.xLabels()).extracting(FitChart.Label::date)
			.containsExactly(first, first.plusWeeks(1), first.plusWeeks(2));
		assertThat(chart.yTicks()).extracting(FitChart.Tick::value).containsExactly(0, 10, 20, 30, 40);
	}

	@Test
	void aReliableChangeLineOffTheScaleIsLeftOut() {
		FitChart chart = FitChart.of(List.of(new FitChart.Session(LocalDate.of(2026, 1, 5), d("37.5"), null)),
				FitProperties.defaults());
		assertThat(chart.reliableUp()).isNull();
		assertThat(chart.reliableDown().value()).isEqualByComparingTo("32.5");
		assertThat(chart.ors()).singleElement().extracting(FitChart.Point::x).hasToString("336.0");
	}

}
