package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scale's four items in their order (ORS: individually, interpersonally, socially,
 * overall; SRS: relationship, goals and topics, approach, overall), each 0–10 with one
 * decimal. The total is computed, never typed.
 */
public record ScaleScores(BigDecimal first, BigDecimal second, BigDecimal third, BigDecimal fourth) {

	/** The highest mark of an item: the end of the 10 cm line. */
	public static final BigDecimal MAX_ITEM = new BigDecimal("10.0");

	public static ScaleScores of(List<BigDecimal> items) {
		return new ScaleScores(items.get(0), items.get(1), items.get(2), items.get(3));
	}

	public List<BigDecimal> items() {
		return java.util.Arrays.asList(this.first, this.second, this.third, this.fourth);
	}

	public BigDecimal item(int index) {
		return items().get(index);
	}

	public BigDecimal total() {
		return items().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
	}

	/** A mark on the line: 0 to 10, at most one decimal. */
	public static boolean isValidItem(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(MAX_ITEM) <= 0
				&& value.stripTrailingZeros().scale() <= 1;
	}

}
