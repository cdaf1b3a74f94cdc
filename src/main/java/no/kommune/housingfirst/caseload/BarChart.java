package no.kommune.housingfirst.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart as the geometry of a server-rendered SVG (as the FIT graph): no script, no
 * style attribute, so it works under the CSP, offline and in print. Values from 0 to
 * {@code max} on the y axis, bars evenly spaced; a bar without a value (nobody to count)
 * is left out, its label kept. Optional horizontal reference lines (a norm, a goal). The
 * page shows the same figures as a table beside each chart.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Tick> yTicks, List<Line> references, int max) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 290;

	static final int LEFT = 80;

	static final int RIGHT = 16;

	static final int TOP = 12;

	static final int PLOT = 230;

	static final int BOTTOM = TOP + PLOT;

	/**
	 * One bar: its index in the caller's list (for its label), where it stands, its value
	 * (null: nothing to show).
	 */
	public record Bar(int index, BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal height, BigDecimal centre,
			Integer value) {
	}

	/** A gridline and its value on the y axis. */
	public record Tick(BigDecimal y, int value) {
	}

	/** A horizontal reference line at a value. */
	public record Line(BigDecimal y, int value) {

		public int x1() {
			return LEFT;
		}

		public int x2() {
			return WIDTH - RIGHT;
		}

	}

	/**
	 * The chart of these values (nulls allowed) on a scale of 0 to {@code max}, with
	 * reference lines at the values given that fall on the scale; four gridlines.
	 */
	public static BarChart of(List<Integer> values, int max, List<Integer> references) {
		int n = values.size();
		BigDecimal slot = (n == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(WIDTH - LEFT - RIGHT).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
		BigDecimal barWidth = slot.multiply(new BigDecimal("0.7")).setScale(1, RoundingMode.HALF_UP);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Integer value = values.get(i);
			BigDecimal left = BigDecimal.valueOf(LEFT).add(slot.multiply(BigDecimal.valueOf(i)));
			BigDecimal x = left.add(slot.subtract(barWidth).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
			BigDecimal centre = left.add(slot.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
			BigDecimal top = (value == null) ? BigDecimal.valueOf(BOTTOM) : y(Math.min(value, max), max);
			bars.add(new Bar(i, x, top, barWidth, BigDecimal.valueOf(BOTTOM).subtract(top), centre, value));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			int value = max * i / 4;
			ticks.add(new Tick(y(value, max), value));
		}
		List<Line> lines = references.stream()
			.filter((r) -> r >= 0 && r <= max)
			.map((r) -> new Line(y(r, max), r))
			.toList();
		return new BarChart(WIDTH, HEIGHT, bars, ticks, lines, max);
	}

	static BigDecimal y(int value, int max) {
		return BigDecimal.valueOf(BOTTOM)
			.subtract(BigDecimal.valueOf((long) value * PLOT).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP));
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int bottom() {
		return BOTTOM;
	}

	/** True when no bar has a value: the page shows the words instead of the chart. */
	public boolean empty() {
		return this.bars.stream().allMatch((b) -> b.value() == null);
	}

}
