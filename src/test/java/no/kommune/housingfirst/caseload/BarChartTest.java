package no.kommune.housingfirst.caseload;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar chart's geometry, worked out by hand: 640 wide, the plot from x 80 (room for
 * "100 %") to 624 (544 wide) and from y 12 (the top of the scale) to 242 (zero), 230
 * units high.
 */
class BarChartTest {

	@Test
	void barsStandInEqualSlotsAndReachTheirValue() {
		// Four slots of 544 / 4 = 136; bars 70 % of that, 95.2, centred (20.4 either
		// side).
		BarChart chart = BarChart.of(Arrays.asList(100, null, 50, 0), 100, List.of(42, 150));
		assertThat(chart.bars()).containsExactly(
				new BarChart.Bar(0, new BigDecimal("100.4"), new BigDecimal("12.0"), new BigDecimal("95.2"),
						new BigDecimal("230.0"), new BigDecimal("148.0"), 100),
				new BarChart.Bar(1, new BigDecimal("236.4"), new BigDecimal("242"), new BigDecimal("95.2"),
						new BigDecimal("0"), new BigDecimal("284.0"), null),
				new BarChart.Bar(2, new BigDecimal("372.4"), new BigDecimal("127.0"), new BigDecimal("95.2"),
						new BigDecimal("115.0"), new BigDecimal("420.0"), 50),
				new BarChart.Bar(3, new BigDecimal("508.4"), new BigDecimal("242.0"), new BigDecimal("95.2"),
						new BigDecimal("0.0"), new BigDecimal("556.0"), 0));
		assertThat(chart.yTicks()).extracting(BarChart.Tick::value).containsExactly(0, 25, 50, 75, 100);
		assertThat(chart.yTicks()).extracting(BarChart.Tick::y)
			.containsExactly(new BigDecimal("242.0"), new BigDecimal("184.5"), new BigDecimal("127.0"),
					new BigDecimal("69.5"), new BigDecimal("12.0"));
		// 42 is on the scale (242 - 96.6), 150 is not.
		assertThat(chart.references()).containsExactly(new BarChart.Line(new BigDecimal("145.4"), 42));
		assertThat(chart.empty()).isFalse();
	}

	@Test
	void aValueAboveTheScaleStopsAtItsTopAndNoValuesIsEmpty() {
		assertThat(BarChart.of(List.of(130), 120, List.of()).bars().get(0).y()).isEqualTo(new BigDecimal("12.0"));
		assertThat(BarChart.of(Arrays.asList(null, null), 100, List.of()).empty()).isTrue();
	}

}
