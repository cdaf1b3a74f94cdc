package no.kommune.housingfirst.housing;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExport.Correction;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;
import no.kommune.housingfirst.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant's housing history in the record export: their wishes, every offer and
 * the homes in it (viewings, answers), every allocation (its meeting, minutes and tasks,
 * or its release), every lease or purchase (keys, first night, end, what went wrong and
 * where the person stayed after) with its corrections. Seven queries; the home's address
 * comes with each row.
 */
@Component
class HousingRecordExport implements RecordExportPart {

	private static final String ADDRESS = "concat_ws(', ', concat_ws(' ', u.street_address, u.unit_label), "
			+ "u.postcode || ' ' || u.district) AS address";

	private static final Map<String, String> CHOICES = Map.of("term", "LeaseTerm");

	private final JdbcTemplate jdbc;

	HousingRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "housing";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> entries = new ArrayList<>(this.jdbc.query("""
				SELECT districts, min_rooms, pets, other, updated_at, updated_by
				FROM housing_wish WHERE participant_id = ?""",
				(row, n) -> Entry.of("housingWish", null)
					.with("districts", Value.text(String.join(", ", strings(row.getArray("districts")))))
					.with("minRooms", Value.number((Number) row.getObject("min_rooms")))
					.with("pets", Value.text(row.getString("pets")))
					.with("other", Value.text(row.getString("other")))
					.with("updatedAt", Value.moment(row.getTimestamp("updated_at")))
					.with("updatedBy", Value.staff(row.getObject("updated_by"))),
				participantId));
		entries.addAll(offers(participantId));
		entries.addAll(allocations(participantId));
		entries.addAll(tenancies(participantId));
		return entries;
	}

	private List<Entry> offers(long participantId) {
		List<Entry> offers = this.jdbc.query("""
				SELECT id, made_on, made_by, status FROM housing_offer WHERE participant_id = ? ORDER BY made_on, id""",
				(row, n) -> Entry.of("offer", row.getLong("id"))
					.with("madeOn", Value.date(row.getDate("made_on")))
					.with("madeBy", Value.staff(row.getObject("made_by")))
					.with("offerStatus", Value.code("OfferStatus", row.getString("status"))),
				participantId);
		Map<Long, List<Entry>> homes = RecordExport.byOwner(this.jdbc.query(
				"SELECT o.offer_id, " + ADDRESS
						+ """
								, o.viewing_on, o.viewing_with, o.answer, o.decline_reason, o.answered_on
								FROM housing_offer_unit o JOIN housing_offer f ON f.id = o.offer_id JOIN housing_unit u ON u.id = o.unit_id
								WHERE f.participant_id = ? ORDER BY o.id""",
				(row, n) -> Map.entry(row.getLong("offer_id"),
						Entry.of("offeredHome", null)
							.with("address", Value.text(row.getString("address")))
							.with("viewingOn", Value.date(row.getDate("viewing_on")))
							.with("viewingWith", Value.text(row.getString("viewing_with")))
							.with("answer", Value.code("export.answer", row.getString("answer")))
							.with("declineReason", Value.code("DeclineReason", row.getString("decline_reason")))
							.with("answeredOn", Value.date(row.getDate("answered_on")))),
				participantId));
		offers.forEach((offer) -> offer.children().addAll(homes.getOrDefault(offer.id(), List.of())));
		return offers;
	}

	private List<Entry> allocations(long participantId) {
		List<Entry> allocations = this.jdbc.query("SELECT a.id, " + ADDRESS + """
				, a.allocated_on, a.meeting_due, a.meeting_planned_at, a.meeting_held_on, a.housing_service_attended,
				  a.team_attended, a.nav_attended, a.participant_attended, a.meeting_minutes, a.released_on,
				  a.release_reason, a.released_by, a.created_at, a.created_by
				FROM allocation a JOIN housing_unit u ON u.id = a.unit_id
				WHERE a.participant_id = ? ORDER BY a.allocated_on, a.id""",
				(row, n) -> Entry.of("allocation", row.getLong("id"))
					.with("address", Value.text(row.getString("address")))
					.with("allocatedOn", Value.date(row.getDate("allocated_on")))
					.with("meetingDue", Value.date(row.getDate("meeting_due")))
					.with("meetingPlannedAt", osloMoment(row.getObject("meeting_planned_at", LocalDateTime.class)))
					.with("meetingHeldOn", Value.date(row.getDate("meeting_held_on")))
					.with("housingServiceAttended", Value.yesNo(row.getBoolean("housing_service_attended")))
					.with("teamAttended", Value.yesNo(row.getBoolean("team_attended")))
					.with("navAttended", Value.yesNo(row.getBoolean("nav_attended")))
					.with("participantAttended", Value.yesNo(row.getBoolean("participant_attended")))
					.with("meetingMinutes", Value.text(row.getString("meeting_minutes")))
					.with("releasedOn", Value.date(row.getDate("released_on")))
					.with("releaseReason", Value.code("AllocationRelease", row.getString("release_reason")))
					.with("releasedBy", Value.staff(row.getObject("released_by")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId);
		Map<Long, List<Entry>> tasks = RecordExport.byOwner(this.jdbc.query("""
				SELECT t.allocation_id, t.task, t.responsible, t.done
				FROM allocation_task t JOIN allocation a ON a.id = t.allocation_id
				WHERE a.participant_id = ? ORDER BY t.id""",
				(row, n) -> Map.entry(row.getLong("allocation_id"),
						Entry.of("allocationTask", null)
							.with("task", Value.code("MeetingTask", row.getString("task")))
							.with("responsibleParty", Value.code("Party", row.getString("responsible")))
							.with("done", Value.yesNo(row.getBoolean("done")))),
				participantId));
		allocations
			.forEach((allocation) -> allocation.children().addAll(tasks.getOrDefault(allocation.id(), List.of())));
		return allocations;
	}

	private List<Entry> tenancies(long participantId) {
		List<Entry> tenancies = this.jdbc.query("SELECT t.id, " + ADDRESS + """
				, t.kind, t.starts_on, t.term, t.ends_on, t.monthly_rent_kroner, t.landlord, t.deposit,
				  t.rent_deduction, t.keys_on, t.first_night_on, t.ended_on, t.end_reason, t.what_went_wrong,
				  t.stay_after, t.stay_after_other, t.rehousing, t.created_at, t.created_by
				FROM tenancy t JOIN housing_unit u ON u.id = t.unit_id
				WHERE t.participant_id = ? ORDER BY t.starts_on, t.id""", (row, n) -> {
			Integer rent = (Integer) row.getObject("monthly_rent_kroner");
			return Entry.of("tenancy", row.getLong("id"))
				.with("address", Value.text(row.getString("address")))
				.with("tenancyKind", Value.code("TenancyKind", row.getString("kind")))
				.with("startsOn", Value.date(row.getDate("starts_on")))
				.with("term", Value.code("LeaseTerm", row.getString("term")))
				.with("endsOn", Value.date(row.getDate("ends_on")))
				.with("monthlyRent", Value.money((rent == null) ? null : rent * 100L))
				.with("landlord", Value.text(row.getString("landlord")))
				.with("deposit", Value.code("Deposit", row.getString("deposit")))
				.with("rentDeduction", Value.yesNo(row.getBoolean("rent_deduction")))
				.with("keysOn", Value.date(row.getDate("keys_on")))
				.with("firstNightOn", Value.date(row.getDate("first_night_on")))
				.with("endedOn", Value.date(row.getDate("ended_on")))
				.with("endReason", Value.code("TenancyEnd", row.getString("end_reason")))
				.with("whatWentWrong", Value.text(row.getString("what_went_wrong")))
				.with("stayAfter", Value.code("CurrentStay", row.getString("stay_after")))
				.with("stayAfterOther", Value.text(row.getString("stay_after_other")))
				.with("rehousing", Value.yesNo((Boolean) row.getObject("rehousing")))
				.with("createdAt", Value.moment(row.getTimestamp("created_at")))
				.with("createdBy", Value.staff(row.getObject("created_by")));
		}, participantId);
		Map<Long, List<Correction>> corrections = RecordExport.corrections(this.jdbc, """
				SELECT c.tenancy_id AS owner_id, c.corrected_at AS at, c.corrected_by AS by_id, c.field, c.old_value,
				       c.new_value
				FROM tenancy_correction c JOIN tenancy t ON t.id = c.tenancy_id
				WHERE t.participant_id = ? ORDER BY c.corrected_at, c.id""",
				(field, raw) -> CHOICES.containsKey(field) ? Value.code(CHOICES.get(field), raw) : Value.stored(raw),
				participantId);
		tenancies.forEach((tenancy) -> tenancy.corrections().addAll(corrections.getOrDefault(tenancy.id(), List.of())));
		return tenancies;
	}

	/**
	 * The meeting's planned time is kept as Oslo wall-clock time (TIMESTAMP without
	 * zone).
	 */
	private static Value osloMoment(LocalDateTime at) {
		return (at == null) ? null : Value.moment(at.atZone(TimeConfiguration.OSLO).toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
