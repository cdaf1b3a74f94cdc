package no.kommune.housingfirst.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.caseload.BarChart;
import no.kommune.housingfirst.caseload.YearlyReport;

/**
 * The survey as a section leader sees it: aggregates only. A question answered by fewer
 * than {@link #SMALLEST_SHOWN} participants in the period shows neither its counts nor
 * its mean ("fewer than 5"), as the yearly report does; the free-text answers are shown
 * only when at least that many responses were given, in alphabetical order (never by date
 * or with a name), so no answer can be traced to the person who gave it.
 *
 * @param responses how many responses in the period (hidden when 1 to 4)
 * @param questions one line per question, in the survey's order
 * @param freeTexts the free-text answers, or an empty list when hidden or none
 * @param chart the share who agree (4 or 5) per question; a hidden question has no bar
 */
public record SurveyResults(Count responses, List<QuestionLine> questions, List<String> freeTexts,
		boolean freeTextsHidden, BarChart chart) {

	/** Below this, nothing about a question is shown. The yearly report's rule. */
	public static final int SMALLEST_SHOWN = YearlyReport.SMALLEST_SHOWN;

	/** A count as shown: hidden when it is 1 to 4 (0 is nobody and can be shown). */
	public record Count(int value, boolean hidden) {

		static Count of(int value) {
			return new Count(value, value > 0 && value < SMALLEST_SHOWN);
		}

	}

	/**
	 * One question: how many answered it, and when that is at least 5, how many gave each
	 * score (1 first), the mean to one decimal and the share who agree (4 or 5) in whole
	 * per cent. Hidden lines carry no figures at all.
	 */
	public record QuestionLine(SurveyQuestion question, Count answered, List<Integer> perScore, BigDecimal mean,
			Integer agreePercent) {

		public boolean hidden() {
			return this.perScore == null;
		}

	}

	/**
	 * The results from counts per question and score (skipped answers are not counted),
	 * the number of responses and their free texts.
	 */
	public static SurveyResults of(Map<SurveyQuestion, int[]> countsByScore, int responses, List<String> freeTexts) {
		return of(countsByScore, responses, freeTexts, Set.of(), false);
	}

	/**
	 * As {@link #of(Map, int, List)}, with the questions that some team answered fewer
	 * than five times in some half-year of the selection hidden too, and the free texts
	 * hidden when a team gave fewer than five in a half-year: otherwise two selections
	 * that differ by that small group would show its answers by subtraction.
	 */
	public static SurveyResults of(Map<SurveyQuestion, int[]> countsByScore, int responses, List<String> freeTexts,
			Set<SurveyQuestion> smallGroupQuestions, boolean smallGroupTexts) {
		List<QuestionLine> lines = new ArrayList<>();
		List<Integer> bars = new ArrayList<>();
		for (SurveyQuestion question : SurveyQuestion.values()) {
			int[] counts = countsByScore.getOrDefault(question, new int[SurveyQuestion.HIGHEST + 1]);
			int answered = 0;
			long sum = 0;
			for (int score = SurveyQuestion.LOWEST; score <= SurveyQuestion.HIGHEST; score++) {
				answered += counts[score];
				sum += (long) score * counts[score];
			}
			QuestionLine line;
			if (answered < SMALLEST_SHOWN || smallGroupQuestions.contains(question)) {
				line = new QuestionLine(question, Count.of(answered), null, null, null);
			}
			else {
				List<Integer> perScore = Arrays.stream(counts, SurveyQuestion.LOWEST, SurveyQuestion.HIGHEST + 1)
					.boxed()
					.toList();
				BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
				int agree = (int) Math.round(100.0 * (counts[4] + counts[5]) / answered);
				line = new QuestionLine(question, Count.of(answered), perScore, mean, agree);
			}
			lines.add(line);
			bars.add(line.agreePercent());
		}
		boolean textsHidden = responses < SMALLEST_SHOWN || smallGroupTexts;
		List<String> texts = textsHidden ? List.of()
				: freeTexts.stream()
					.filter((t) -> t != null && !t.isBlank())
					.map(String::strip)
					.sorted(Comparator.comparing(String::toLowerCase))
					.toList();
		return new SurveyResults(Count.of(responses), List.copyOf(lines), texts, textsHidden,
				BarChart.of(bars, 100, List.of()));
	}

}
