package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts on hand-made series, at their boundaries, with the default thresholds of
 * DOMAIN.md §5 and with others set in the configuration.
 */
class FitAlertTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final FitProperties DEFAULTS = FitProperties.defaults();

	@Test
	void srsBelowTheAllianceThresholdIsAnAlertAndAtItIsNot() {
		assertThat(kinds(srs("35.9", null))).containsExactly(FitAlert.Kind.SRS_BELOW_ALLIANCE);
		assertThat(kinds(srs("36.0", null))).isEmpty();
		assertThat(FitAlert.of(standing(null, null, d("35.9"), null), TODAY, DEFAULTS))
			.containsExactly(new FitAlert(FitAlert.Kind.SRS_BELOW_ALLIANCE, d("35.9"), d("36.0")));
	}

	@Test
	void anSrsDropOfExactlyOnePointIsAnAlert() {
		assertThat(kinds(srs("38.0", "39.0"))).containsExactly(FitAlert.Kind.SRS_DROP);
		assertThat(kinds(srs("38.1", "39.0"))).isEmpty();
		// Both at once: low and dropping.
		assertThat(kinds(srs("35.0", "37.0"))).containsExactly(FitAlert.Kind.SRS_BELOW_ALLIANCE,
				FitAlert.Kind.SRS_DROP);
		// A rise is no alert.
		assertThat(kinds(srs("39.0", "37.0"))).isEmpty();
	}

	@Test
	void reliableChangeIsExactlyFivePointsFromTheFirstOrs() {
		assertThat(kinds(ors("20.0", "15.0"))).containsExactly(FitAlert.Kind.ORS_DETERIORATION);
		assertThat(kinds(ors("20.0", "15.1"))).isEmpty();
		assertThat(kinds(ors("20.0", "25.0"))).containsExactly(FitAlert.Kind.ORS_IMPROVEMENT);
		assertThat(kinds(ors("20.0", "24.9"))).isEmpty();
		assertThat(FitAlert.Kind.ORS_IMPROVEMENT.tone())
			.isEqualTo(no.kommune.housingfirst.participant.ParticipantNotice.Tone.GOOD);
		assertThat(FitAlert.Kind.ORS_DETERIORATION.tone())
			.isEqualTo(no.kommune.housingfirst.participant.ParticipantNotice.Tone.WARNING);
	}

	@Test
	void noFitForThirtyDaysIsAnAlertForAnActiveParticipant() {
		LocalDate longAgo = TODAY.minusDays(200);
		assertThat(kinds(new FitStanding(null, null, null, null, TODAY.minusDays(30), longAgo, true)))
			.containsExactly(FitAlert.Kind.NO_RECENT_FIT);
		assertThat(kinds(new FitStanding(null, null, null, null, TODAY.minusDays(29), longAgo, true))).isEmpty();
		// Never any FIT: counted from the start of follow-up.
		assertThat(kinds(new FitStanding(null, null, null, null, null, TODAY.minusDays(30), true)))
			.containsExactly(FitAlert.Kind.NO_RECENT_FIT);
		assertThat(kinds(new FitStanding(null, null, null, null, null, TODAY.minusDays(29), true))).isEmpty();
		// Exited: follow-up is over, no alert.
		assertThat(kinds(new FitStanding(null, null, null, null, null, longAgo, false))).isEmpty();
	}

	@Test
	void theConfigurationMovesEveryBoundary() {
		FitProperties strict = new FitProperties(d("32.0"), d("37.0"), d("2.0"), d("6.0"), 14);
		assertThat(FitAlert.of(srs("36.0", null), TODAY, strict)).extracting(FitAlert::kind)
			.containsExactly(FitAlert.Kind.SRS_BELOW_ALLIANCE);
		assertThat(FitAlert.of(srs("38.0", "39.0"), TODAY, strict)).isEmpty();
		assertThat(FitAlert.of(srs("38.0", "40.0"), TODAY, strict)).extracting(FitAlert::kind)
			.containsExactly(FitAlert.Kind.SRS_DROP);
		assertThat(FitAlert.of(ors("20.0", "15.0"), TODAY, strict)).isEmpty();
		assertThat(FitAlert.of(ors("20.0", "14.0"), TODAY, strict)).extracting(FitAlert::kind)
			.containsExactly(FitAlert.Kind.ORS_DETERIORATION);
		assertThat(FitAlert.of(new FitStanding(null, null, null, null, TODAY.minusDays(14), TODAY.minusDays(100), true),
				TODAY, strict))
			.extracting(FitAlert::kind)
			.containsExactly(FitAlert.Kind.NO_RECENT_FIT);
		assertThat(FitAlert.of(new FitStanding(null, null, null, null, TODAY.minusDays(13), TODAY.minusDays(100), true),
				TODAY, strict))
			.isEmpty();
	}

	@Test
	void anAlertBecomesANoticeThatLinksToTheFitTab() {
		var notice = new FitAlert(FitAlert.Kind.SRS_DROP, d("38.0"), d("39.0")).notice(42);
		assertThat(notice.messageKey()).isEqualTo("fit.alert.SRS_DROP");
		assertThat(notice.href()).isEqualTo("/participants/42/fit");
		assertThat(notice.args()).containsExactly(d("38.0"), d("39.0"));
	}

	@Test
	void totalsAreExactDecimals() {
		ScaleScores scores = new ScaleScores(d("7.5"), d("8.1"), d("9.9"), d("0.1"));
		assertThat(scores.total()).isEqualByComparingTo("25.6").hasToString("25.6");
		assertThat(new ScaleScores(d("10.0"), d("10.0"), d("10.0"), d("10.0")).total()).hasToString("40.0");
		assertThat(ScaleScores.isValidItem(d("10.0"))).isTrue();
		assertThat(ScaleScores.isValidItem(d("0"))).isTrue();
		assertThat(ScaleScores.isValidItem(d("10.05"))).isFalse();
		assertThat(ScaleScores.isValidItem(d("10.1"))).isFalse();
		assertThat(ScaleScores.isValidItem(d("-0.1"))).isFalse();
		assertThat(ScaleScores.isValidItem(d("9.95"))).isFalse();
	}

	private static List<FitAlert.Kind> kinds(FitStanding standing) {
		return FitAlert.of(standing, TODAY, DEFAULTS).stream().map(FitAlert::kind).toList();
	}

	/** A participant with a recent session, so only the score alerts can show. */
	private static FitStanding standing(String firstOrs, String latestOrs, BigDecimal latestSrs, String previousSrs) {
		return new FitStanding(d(firstOrs), d(latestOrs), latestSrs, d(previousSrs), TODAY, TODAY.minusDays(100), true);
	}

	private static FitStanding srs(String latest, String previous) {
		return standing(null, null, d(latest), previous);
	}

	private static FitStanding ors(String first, String latest) {
		return standing(first, latest, null, null);
	}

	static BigDecimal d(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
