package no.kommune.housingfirst.survey;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey's aggregation on hand-made counts: counts per score, the mean and the share
 * who agree for a question answered by 5 or more; nothing at all for one answered by 1 to
 * 4; free texts only from 5 responses and never in the order they were given.
 */
class SurveyResultsTest {

	@Test
	void aQuestionAnsweredByFiveOrMoreShowsItsCountsMeanAndShareWhoAgree() {
		Map<SurveyQuestion, int[]> counts = new EnumMap<>(SurveyQuestion.class);
		// Scores 1..5 given 1, 0, 2, 3, 1 times: 7 answers, sum 1+6+12+5 = 24.
		counts.put(SurveyQuestion.HOME_SAFE, new int[] { 0, 1, 0, 2, 3, 1 });
		SurveyResults results = SurveyResults.of(counts, 7, List.of());
		SurveyResults.QuestionLine safe = line(results, SurveyQuestion.HOME_SAFE);
		assertThat(safe.hidden()).isFalse();
		assertThat(safe.answered()).isEqualTo(new SurveyResults.Count(7, false));
		assertThat(safe.perScore()).containsExactly(1, 0, 2, 3, 1);
		assertThat(safe.mean()).isEqualByComparingTo(new BigDecimal("3.4"));
		assertThat(safe.agreePercent()).isEqualTo(57);
		assertThat(results.chart().bars().get(SurveyQuestion.HOME_SAFE.ordinal()).value()).isEqualTo(57);
	}

	@Test
	void aQuestionAnsweredByFewerThanFiveShowsNoFigures() {
		Map<SurveyQuestion, int[]> counts = new EnumMap<>(SurveyQuestion.class);
		counts.put(SurveyQuestion.PROCESS_CHOICE, new int[] { 0, 0, 0, 0, 1, 3 });
		counts.put(SurveyQuestion.HOME_SAFE, new int[] { 0, 0, 0, 0, 0, 5 });
		SurveyResults results = SurveyResults.of(counts, 5, List.of());
		SurveyResults.QuestionLine choice = line(results, SurveyQuestion.PROCESS_CHOICE);
		assertThat(choice.hidden()).isTrue();
		assertThat(choice.answered().hidden()).isTrue();
		assertThat(choice.perScore()).isNull();
		assertThat(choice.mean()).isNull();
		assertThat(choice.agreePercent()).isNull();
		assertThat(results.chart().bars().get(SurveyQuestion.PROCESS_CHOICE.ordinal()).value()).isNull();
		// Exactly five is enough.
		assertThat(line(results, SurveyQuestion.HOME_SAFE).mean()).isEqualByComparingTo("5.0");
		// Nobody answered: zero is nobody and may be shown, but there is nothing to
		// work out.
		SurveyResults.QuestionLine none = line(results, SurveyQuestion.FOLLOW_UP_HELP);
		assertThat(none.answered()).isEqualTo(new SurveyResults.Count(0, false));
		assertThat(none.hidden()).isTrue();
		assertThat(none.mean()).isNull();
	}

	@Test
	void freeTextsOnlyFromFiveResponsesAlphabeticallyAndWithoutBlanks() {
		List<String> texts = List.of("Takk for hjelpen", " ", "bra oppfølging", "Aldri hjemme når dere kommer");
		SurveyResults four = SurveyResults.of(Map.of(), 4, texts);
		assertThat(four.responses()).isEqualTo(new SurveyResults.Count(4, true));
		assertThat(four.freeTextsHidden()).isTrue();
		assertThat(four.freeTexts()).isEmpty();
		assertThat(four.chart().empty()).isTrue();

		SurveyResults five = SurveyResults.of(Map.of(), 5, texts);
		assertThat(five.responses()).isEqualTo(new SurveyResults.Count(5, false));
		assertThat(five.freeTextsHidden()).isFalse();
		assertThat(five.freeTexts()).containsExactly("Aldri hjemme når dere kommer", "bra oppfølging",
				"Takk for hjelpen");
	}

	private static SurveyResults.QuestionLine line(SurveyResults results, SurveyQuestion question) {
		return results.questions().stream().filter((l) -> l.question() == question).findFirst().orElseThrow();
	}

}
