package no.kommune.housingfirst.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A participant's record with a text in every place the erasure must empty, each holding
 * a marker, written as the schema owner (so also the append-only history tables and a
 * voided visit). {@link #textsWith} finds every row, in every table about participants,
 * that still holds the marker.
 */
public final class ErasureFixture {

	/** Every table with rows about one participant, and how to find them (:p). */
	public static final Map<String, String> ROWS = Map.ofEntries(
			Map.entry("participant", "SELECT t FROM participant t WHERE t.id = :p"),
			Map.entry("participant_change", "SELECT t FROM participant_change t WHERE t.participant_id = :p"),
			Map.entry("participant_restriction", "SELECT t FROM participant_restriction t WHERE t.participant_id = :p"),
			Map.entry("visit", "SELECT t FROM visit t WHERE t.participant_id = :p"),
			Map.entry("visit_correction",
					"SELECT t FROM visit_correction t JOIN visit v ON v.id = t.visit_id WHERE v.participant_id = :p"),
			Map.entry("housing_wish", "SELECT t FROM housing_wish t WHERE t.participant_id = :p"),
			Map.entry("housing_offer_unit",
					"SELECT t FROM housing_offer_unit t JOIN housing_offer o "
							+ "ON o.id = t.offer_id WHERE o.participant_id = :p"),
			Map.entry("allocation", "SELECT t FROM allocation t WHERE t.participant_id = :p"),
			Map.entry("tenancy", "SELECT t FROM tenancy t WHERE t.participant_id = :p"),
			Map.entry("tenancy_correction",
					"SELECT t FROM tenancy_correction t JOIN tenancy x ON x.id = t.tenancy_id "
							+ "WHERE x.participant_id = :p"),
			Map.entry("first_rent_task", "SELECT t FROM first_rent_task t WHERE t.participant_id = :p"),
			Map.entry("first_rent_correction",
					"SELECT t FROM first_rent_correction t JOIN first_rent_task f "
							+ "ON f.id = t.first_rent_task_id WHERE f.participant_id = :p"),
			Map.entry("tenancy_event", "SELECT t FROM tenancy_event t WHERE t.participant_id = :p"),
			Map.entry("tenancy_event_change",
					"SELECT t FROM tenancy_event_change t JOIN tenancy_event e "
							+ "ON e.id = t.event_id WHERE e.participant_id = :p"),
			Map.entry("caretaker_task", "SELECT t FROM caretaker_task t WHERE t.participant_id = :p"),
			Map.entry("crisis_stay", "SELECT t FROM crisis_stay t WHERE t.participant_id = :p"),
			Map.entry("bo_plan_version", "SELECT t FROM bo_plan_version t WHERE t.participant_id = :p"),
			Map.entry("bo_plan_goal",
					"SELECT t FROM bo_plan_goal t JOIN bo_plan_version v ON v.id = t.version_id "
							+ "WHERE v.participant_id = :p"),
			Map.entry("bo_plan_agreement",
					"SELECT t FROM bo_plan_agreement t JOIN bo_plan_version v "
							+ "ON v.id = t.version_id WHERE v.participant_id = :p"),
			Map.entry("follow_up_agreement", "SELECT t FROM follow_up_agreement t WHERE t.participant_id = :p"),
			Map.entry("bo_plan_needs_meeting", "SELECT t FROM bo_plan_needs_meeting t WHERE t.participant_id = :p"),
			Map.entry("survey_response", "SELECT t FROM survey_response t WHERE t.participant_id = :p"),
			Map.entry("fit_session", "SELECT t FROM fit_session t WHERE t.participant_id = :p"));

	private final JdbcTemplate owner;

	public ErasureFixture(JdbcTemplate owner) {
		this.owner = owner;
	}

	/**
	 * Texts with the marker in every table (the participant exists, with their own
	 * caseworker as {@code staff}); the housing unit is any registered unit.
	 */
	public void fill(long p, long staff, long team, long unit, String marker) {
		String m = " " + marker;
		this.owner.update("UPDATE participant SET phone = ?, practical_notes = ?, current_stay_other = ? WHERE id = ?",
				"40000000", "Nøkkel hos nabo" + m, "Hos søster" + m, p);
		this.owner.update(
				"INSERT INTO participant_change (participant_id, changed_by, field, old_value, new_value, "
						+ "reason) VALUES (?, ?, 'phone', ?, ?, ?)",
				p, staff, "41111111" + m, "40000000" + m, "Nytt nr" + m);
		this.owner.update("INSERT INTO participant_restriction (participant_id, restricted_at, restricted_by, ground, "
				+ "submission_key, lifted_at, lifted_by, lift_reason, lift_submission_key) VALUES (?, "
				+ "'2019-04-01T10:00:00Z', ?, ?, gen_random_uuid(), '2019-04-20T10:00:00Z', ?, ?, gen_random_uuid())",
				p, staff, "Ba om begrensning" + m, staff, "Avklart" + m);
		long visit = id("INSERT INTO visit (participant_id, visit_date, kind, contact, duration_minutes, note, "
				+ "submission_key, created_by) VALUES (?, '2019-05-02', 'HOME_VISIT', TRUE, 45, ?, gen_random_uuid(), ?) "
				+ "RETURNING id", p, "Notat" + m, staff);
		this.owner.update("INSERT INTO visit (participant_id, visit_date, kind, contact, no_contact_reason, "
				+ "no_contact_text, voided_at, voided_by, void_reason, void_comment, submission_key, created_by) "
				+ "VALUES (?, '2019-05-03', 'PHONE', FALSE, 'OTHER', ?, now(), ?, 'OTHER', ?, gen_random_uuid(), ?)", p,
				"Borte" + m, staff, "Feil" + m, staff);
		this.owner.update("INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value) "
				+ "VALUES (?, ?, 'note', ?, ?)", visit, staff, "Gammelt" + m, "Notat" + m);
		this.owner.update("INSERT INTO housing_wish (participant_id, pets, other, updated_by) VALUES (?, ?, ?, ?)", p,
				"Katt" + m, "Nær mor" + m, staff);
		long offer = id("INSERT INTO housing_offer (participant_id, made_on, made_by, status) "
				+ "VALUES (?, '2019-02-01', ?, 'CHOSEN') RETURNING id", p, staff);
		this.owner.update(
				"INSERT INTO housing_offer_unit (offer_id, unit_id, status_before, viewing_on, viewing_with, "
						+ "answer, answered_on) VALUES (?, ?, 'AVAILABLE', '2019-02-02', ?, 'CHOSEN', '2019-02-03')",
				offer, unit, "Mor" + m);
		long allocation = id("INSERT INTO allocation (participant_id, unit_id, offer_id, allocated_on, meeting_due, "
				+ "created_by, meeting_held_on, meeting_minutes) VALUES (?, ?, ?, '2019-02-03', '2019-02-06', ?, "
				+ "'2019-02-05', ?) RETURNING id", p, unit, offer, staff, "Referat" + m);
		long tenancy = id("INSERT INTO tenancy (participant_id, unit_id, allocation_id, kind, starts_on, term, "
				+ "monthly_rent_kroner, landlord, deposit, keys_on, first_night_on, ended_on, end_reason, rehousing, "
				+ "what_went_wrong, stay_after, stay_after_other, created_by) VALUES (?, ?, ?, 'LEASE', '2019-03-01', "
				+ "'INDEFINITE', 8000, ?, 'NONE', '2019-03-01', '2019-03-01', '2019-12-01', 'EVICTION', FALSE, ?, "
				+ "'OTHER', ?, ?) RETURNING id", p, unit, allocation, "Utleier" + m, "Bråk" + m, "Hos venn" + m, staff);
		this.owner.update(
				"INSERT INTO tenancy_correction (tenancy_id, corrected_at, corrected_by, field, old_value, "
						+ "new_value) VALUES (?, now(), ?, 'landlord', ?, ?)",
				tenancy, staff, "Gammel utleier" + m, "Utleier" + m);
		long task = id("INSERT INTO first_rent_task (tenancy_id, participant_id, due_on, confirmed_at, confirmed_by, "
				+ "paid_by, paid_on, amount_ore, reference) VALUES (?, ?, '2019-03-01', now(), ?, 'NAV', '2019-02-28', "
				+ "800000, ?) RETURNING id", tenancy, p, staff, "REF" + m);
		this.owner.update(
				"INSERT INTO first_rent_correction (first_rent_task_id, corrected_at, corrected_by, field, "
						+ "old_value, new_value) VALUES (?, now(), ?, 'reference', ?, ?)",
				task, staff, "OLD" + m, "REF" + m);
		long event = id("INSERT INTO tenancy_event (participant_id, tenancy_id, kind, occurred_on, source, "
				+ "what_happened, respond_by, answered_by, answer, answered_on, submission_key, created_by) VALUES (?, ?, "
				+ "'COMPLAINT', '2019-06-01', 'NEIGHBOUR', ?, '2019-06-08', ?, ?, '2019-06-03', gen_random_uuid(), ?) "
				+ "RETURNING id", p, tenancy, "Støy" + m, staff, "Svar" + m, staff);
		this.owner.update("INSERT INTO tenancy_event_change (event_id, changed_at, changed_by, field, old_value, "
				+ "new_value) VALUES (?, now(), ?, 'answer', ?, ?)", event, staff, "Utkast" + m, "Svar" + m);
		this.owner.update("INSERT INTO caretaker_task (participant_id, tenancy_id, unit_id, kind, what_to_do, "
				+ "assigned_to, due_on, done_on, done_by, done_note, done_at, submission_key, created_by) VALUES (?, ?, ?, "
				+ "'REPAIR', ?, ?, '2019-04-01', '2019-04-01', ?, ?, now(), gen_random_uuid(), ?)", p, tenancy, unit,
				"Fiks døra" + m, staff, staff, "Fikset" + m, staff);
		this.owner.update("INSERT INTO crisis_stay (participant_id, kind, from_on, to_on, place, reason, "
				+ "submission_key, created_by) VALUES (?, 'CRISIS_PLACE', '2019-01-05', '2019-01-20', ?, ?, "
				+ "gen_random_uuid(), ?)", p, "Kriseplass" + m, "Kastet ut" + m, staff);
		long plan = id(
				"INSERT INTO bo_plan_version (participant_id, version_no, submission_key, plan_date, "
						+ "lasting_home, resources, crisis_contacts, review_on, created_by, created_at) VALUES (?, 1, "
						+ "gen_random_uuid(), '2019-02-01', ?, ?, ?, '2019-05-01', ?, now()) RETURNING id",
				p, "Hjem" + m, "Ressurs" + m, "Mor" + m, staff);
		this.owner.update("INSERT INTO bo_plan_goal (version_id, position, goal_key, life_area, wording, steps, "
				+ "responsible, other_name, status, note) VALUES (?, 0, gen_random_uuid(), 'HOUSING', ?, ?, 'OTHER', ?, "
				+ "'IN_PROGRESS', ?)", plan, "Mål" + m, "Steg" + m, "Onkel" + m, "Om målet" + m);
		this.owner.update("INSERT INTO bo_plan_agreement (version_id, submission_key, answered_on, kind, comment, "
				+ "recorded_by, recorded_at) VALUES (?, gen_random_uuid(), '2019-02-02', 'AGREED_ORALLY', ?, ?, now())",
				plan, "Enig" + m, staff);
		this.owner.update("INSERT INTO follow_up_agreement (participant_id, version_no, submission_key, agreed_on, "
				+ "visit_arrangement, unreachable_plan, crisis_contacts, kind, comment, created_by, created_at) VALUES "
				+ "(?, 1, gen_random_uuid(), '2019-02-01', ?, ?, ?, 'AGREED_ORALLY', ?, ?, now())", p, "Tirsdager" + m,
				"Ring mor" + m, "Mor" + m, "Ok" + m, staff);
		this.owner.update("INSERT INTO bo_plan_needs_meeting (participant_id, submission_key, held_on, attendees, "
				+ "outcome, created_by, created_at) VALUES (?, gen_random_uuid(), '2019-07-01', ?, ?, ?, now())", p,
				"Lege" + m, "Utfall" + m, staff);
		long response = id("INSERT INTO survey_response (participant_id, team_id, answered_on, mode, free_text, "
				+ "submission_key, recorded_by) VALUES (?, ?, '2019-08-01', 'PHONE', ?, gen_random_uuid(), ?) "
				+ "RETURNING id", p, team, "Fritekst" + m, staff);
		this.owner.update("INSERT INTO survey_answer (response_id, question, score) VALUES (?, 'HOME_SAFE', 4)",
				response);
		this.owner.update("INSERT INTO fit_session (participant_id, session_date, ors_individual, ors_interpersonal, "
				+ "ors_social, ors_overall, submission_key, created_by) VALUES (?, '2019-05-02', 5, 5, 5, 5, "
				+ "gen_random_uuid(), ?)", p, staff);
	}

	/** The tables whose rows about this participant still hold the marker. */
	public List<String> textsWith(long p, String marker) {
		return ROWS.entrySet()
			.stream()
			.filter((table) -> Boolean.TRUE
				.equals(this.owner.queryForObject("SELECT coalesce(bool_or(strpos(x.t::text, ?) > 0), FALSE) FROM ("
						+ table.getValue().replace(":p", "?") + ") x", Boolean.class, marker, p)))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/** How many rows each table holds about this participant. */
	public Map<String, Integer> rows(long p) {
		return ROWS.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (table) -> this.owner.queryForObject(
					"SELECT count(*) FROM (" + table.getValue().replace(":p", "?") + ") x", Integer.class, p)));
	}

	private long id(String sql, Object... args) {
		return this.owner.queryForObject(sql, Long.class, args);
	}

}
