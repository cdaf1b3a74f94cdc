package no.kommune.housingfirst.survey;

import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant's survey answers in the record export. They are not anonymous: a
 * response is stored with the participant (to save it once and know the team), so it is
 * theirs to see, though nobody else reads one participant's answers back (the note says
 * so). Two queries.
 */
@Component
class SurveyRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	SurveyRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "survey";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String noteKey() {
		return "export.note.survey";
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> responses = this.jdbc.query("""
				SELECT id, answered_on, mode, free_text, recorded_at, recorded_by
				FROM survey_response WHERE participant_id = ? ORDER BY answered_on, id""",
				(row, n) -> Entry.of("surveyResponse", row.getLong("id"))
					.with("answeredOn", Value.date(row.getDate("answered_on")))
					.with("surveyMode", Value.code("SurveyMode", row.getString("mode")))
					.with("freeText", Value.text(row.getString("free_text")))
					.with("createdAt", Value.moment(row.getTimestamp("recorded_at")))
					.with("createdBy", Value.staff(row.getObject("recorded_by"))),
				participantId);
		Map<Long, List<Entry>> answers = RecordExport.byOwner(this.jdbc.query("""
				SELECT a.response_id, a.question, a.score
				FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
				WHERE r.participant_id = ? ORDER BY a.response_id, a.question""",
				(row, n) -> Map.entry(row.getLong("response_id"),
						Entry.of("surveyAnswer", null)
							.with("question", Value.code("SurveyQuestion", row.getString("question")))
							.with("score", Value.number(row.getInt("score")))),
				participantId));
		responses.forEach((response) -> response.children().addAll(answers.getOrDefault(response.id(), List.of())));
		return responses;
	}

}
