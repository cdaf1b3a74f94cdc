package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The graph of a participant's ORS and SRS totals over sessions, as the geometry of a
 * server-rendered SVG: no script, no style attribute, so it works under the CSP, offline
 * and in print. Totals 0–40 on the y axis (7 units a point, so every score lands on an
 * exact coordinate), sessions evenly spaced on the x axis. Lines: the clinical cutoff,
 * the SRS alliance threshold, and reliable change above and below the first ORS.
 */
public record FitChart(int width, int height, List<Point> ors, List<Point> srs, String orsPolyline, String srsPolyline,
		Line cutoff, Line alliance, Line reliableUp, Line reliableDown, List<Tick> yTicks, List<Label> xLabels) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 320;

	static final int LEFT = 48;

	static final int RIGHT = 16;

	static final int TOP = 10;

	/** Pixels per point of a total: 280 px for 0–40. */
	static final int SCALE = 7;

	static final int BOTTOM = TOP + 40 * SCALE;

	/** A score on the graph: where, which session, what value. */
	public record Point(BigDecimal x, BigDecimal y, LocalDate date, BigDecimal value) {
	}

	/** A horizontal line at a total; null when the line is off the scale. */
	public record Line(BigDecimal y, BigDecimal value) {

		public BigDecimal x1() {
			return BigDecimal.valueOf(LEFT);
		}

		public BigDecimal x2() {
			return BigDecimal.valueOf(WIDTH - RIGHT);
		}

	}

	/** A gridline and its label on the y axis. */
	public record Tick(BigDecimal y, int value) {
	}

	/** A session's date under the x axis. */
	public record Label(BigDecimal x, LocalDate date) {
	}

	/** One session's totals; either may be null. */
	public record Session(LocalDate date, BigDecimal orsTotal, BigDecimal srsTotal) {
	}

	public static FitChart of(List<Session> sessions, FitProperties limits) {
		List<Point> ors = new ArrayList<>();
		List<Point> srs = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int n = sessions.size();
		// Show at most about eight dates, so they never overlap on a phone.
		int every = Math.max(1, (n + 7) / 8);
		for (int i = 0; i < n; i++) {
			Session session = sessions.get(i);
			BigDecimal x = x(i, n);
			if (session.orsTotal() != null) {
				ors.add(new Point(x, y(session.orsTotal()), session.date(), session.orsTotal()));
			}
			if (session.srsTotal() != null) {
				srs.add(new Point(x, y(session.srsTotal()), session.date(), session.srsTotal()));
			}
			if (i % every == 0 || i == n - 1) {
				labels.add(new Label(x, session.date()));
			}
		}
		BigDecimal first = ors.isEmpty() ? null : ors.get(0).value();
		List<Tick> ticks = new ArrayList<>();
		for (int value = 0; value <= 40; value += 10) {
			ticks.add(new Tick(y(BigDecimal.valueOf(value)), value));
		}
		return new FitChart(WIDTH, HEIGHT, ors, srs, polyline(ors), polyline(srs), line(limits.clinicalCutoff()),
				line(limits.alliance()), (first != null) ? line(first.add(limits.reliableChange())) : null,
				(first != null) ? line(first.subtract(limits.reliableChange())) : null, ticks, labels);
	}

	/** Sessions spread evenly over the plot; a single session in its middle. */
	static BigDecimal x(int index, int count) {
		int plot = WIDTH - LEFT - RIGHT - 20;
		if (count <= 1) {
			return BigDecimal.valueOf(LEFT + 10 + plot / 2).setScale(1);
		}
		return BigDecimal.valueOf(LEFT + 10)
			.add(BigDecimal.valueOf((long) plot * index)
				.divide(BigDecimal.valueOf(count - 1), 1, RoundingMode.HALF_UP));
	}

	static BigDecimal y(BigDecimal total) {
		return BigDecimal.valueOf(BOTTOM).subtract(total.multiply(BigDecimal.valueOf(SCALE))).setScale(1);
	}

	private static Line line(BigDecimal value) {
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(40)) > 0) {
			return null;
		}
		return new Line(y(value), value);
	}

	private static String polyline(List<Point> points) {
		return String.join(" ",
				points.stream().map((p) -> p.x().toPlainString() + "," + p.y().toPlainString()).toList());
	}

	public boolean empty() {
		return this.ors.isEmpty() && this.srs.isEmpty();
	}

	public int bottom() {
		return BOTTOM;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

}
