package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.survey.SurveyAnswers;
import no.kommune.housingfirst.survey.SurveyMode;
import no.kommune.housingfirst.survey.SurveyQuestion;
import no.kommune.housingfirst.survey.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey responses from Kari's participants (HF-team Nord 1), recorded through the survey
 * service as she would: enough of them for the section leader to see figures past the
 * small-number rule, some on paper, some questions skipped, a few free texts. Ola's team
 * (Nord 2) gets two, which stay hidden as "fewer than 5".
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoSurvey implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);

	/** Per response: scores in the order of {@link SurveyQuestion} (0: skipped). */
	private static final int[][] SCORES = { { 5, 4, 5, 5, 5, 4 }, { 4, 3, 4, 5, 5, 5 }, { 3, 0, 4, 4, 5, 4 },
			{ 5, 5, 2, 3, 4, 4 }, { 4, 4, 5, 4, 0, 5 }, { 2, 3, 4, 3, 4, 3 }, { 5, 4, 5, 5, 5, 5 },
			{ 4, 2, 3, 4, 5, 4 } };

	private static final List<String> TEXTS = List.of("Endelig en dør jeg kan låse.",
			"Skulle ønske det gikk fortere å få bolig.", "Fint at dere kommer selv om jeg ikke alltid åpner.",
			"Naboene er greie nå.", "Vil gjerne ha hjelp til å male kjøkkenet.");

	private final Surveys surveys;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoSurvey(Surveys surveys, ParticipantDirectory directory, StaffAccounts accounts, Clock clock) {
		this.surveys = surveys;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.surveys.anyResponses() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		int made = answer("kari", SCORES.length, today) + answer("ola", 5, today);
		log.info("Demo survey responses loaded: {}", made);
	}

	private int answer(String username, int how, LocalDate today) {
		CurrentUser caseworker = (CurrentUser) this.accounts.loadUserByUsername(username);
		List<ActiveParticipant> caseload = this.directory.caseloadOf(caseworker, today, today);
		int made = 0;
		for (int i = 0; i < Math.min(how, caseload.size()); i++) {
			ActiveParticipant participant = caseload.get(i);
			Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
			for (SurveyQuestion question : SurveyQuestion.values()) {
				int score = SCORES[i % SCORES.length][question.ordinal()];
				if (score > 0) {
					scores.put(question, score);
				}
			}
			// Within this half-year: the leader's figures count whole half-years, each
			// team
			// with at least five.
			LocalDate answered = today.minusDays(3L + 9L * i);
			LocalDate halfYear = LocalDate.of(today.getYear(), (today.getMonthValue() <= 6) ? 1 : 7, 1);
			if (answered.isBefore(halfYear)) {
				answered = halfYear;
			}
			if (answered.isBefore(participant.activeSince())) {
				answered = participant.activeSince();
			}
			SurveyMode mode = (i % 3 == 2) ? SurveyMode.PAPER : SurveyMode.PHONE;
			String text = (i < TEXTS.size()) ? TEXTS.get(i) : null;
			this.surveys.record(caseworker, participant.id(), UUID.randomUUID(),
					new SurveyAnswers(answered, mode, scores, text));
			made++;
		}
		return made;
	}

}
