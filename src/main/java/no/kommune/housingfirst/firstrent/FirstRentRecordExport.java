package no.kommune.housingfirst.firstrent;

import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExport.Correction;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NAV's first-rent tasks in the record export: who paid the first rent, when, the deposit
 * guarantee, the establishment grant and the rent deduction, with the corrections NAV
 * made: two queries.
 */
@Component
class FirstRentRecordExport implements RecordExportPart {

	private static final Map<String, String> CHOICES = Map.of("grant", "EstablishmentGrant");

	private final JdbcTemplate jdbc;

	FirstRentRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "firstRent";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> tasks = this.jdbc.query("""
				SELECT id, tenancy_id, due_on, confirmed_at, confirmed_by, paid_by, paid_on, amount_ore, reference,
				       deposit_guarantee_given, establishment_grant, rent_deduction_set_up, cancelled_on
				FROM first_rent_task WHERE participant_id = ? ORDER BY due_on, id""",
				(row, n) -> Entry.of("firstRentTask", row.getLong("id"))
					.with("tenancy", Value.number(row.getLong("tenancy_id")))
					.with("dueOn", Value.date(row.getDate("due_on")))
					.with("confirmedAt", Value.moment(row.getTimestamp("confirmed_at")))
					.with("confirmedBy", Value.staff(row.getObject("confirmed_by")))
					.with("paidBy", Value.code("RentPayer", row.getString("paid_by")))
					.with("paidOn", Value.date(row.getDate("paid_on")))
					.with("amount", Value.money((Long) row.getObject("amount_ore")))
					.with("reference", Value.text(row.getString("reference")))
					.with("depositGuaranteeGiven", Value.yesNo((Boolean) row.getObject("deposit_guarantee_given")))
					.with("establishmentGrant", Value.code("EstablishmentGrant", row.getString("establishment_grant")))
					.with("rentDeductionSetUp", Value.yesNo((Boolean) row.getObject("rent_deduction_set_up")))
					.with("cancelledOn", Value.date(row.getDate("cancelled_on"))),
				participantId);
		Map<Long, List<Correction>> corrections = RecordExport.corrections(this.jdbc, """
				SELECT c.first_rent_task_id AS owner_id, c.corrected_at AS at, c.corrected_by AS by_id, c.field,
				       c.old_value, c.new_value
				FROM first_rent_correction c JOIN first_rent_task t ON t.id = c.first_rent_task_id
				WHERE t.participant_id = ? ORDER BY c.corrected_at, c.id""", FirstRentRecordExport::typed,
				participantId);
		tasks.forEach((task) -> task.corrections().addAll(corrections.getOrDefault(task.id(), List.of())));
		return tasks;
	}

	private static Value typed(String field, String raw) {
		if (CHOICES.containsKey(field)) {
			return Value.code(CHOICES.get(field), raw);
		}
		return ("depositGuarantee".equals(field) || "rentDeductionSetUp".equals(field)) && raw != null
				? Value.yesNo(Boolean.valueOf(raw)) : Value.stored(raw);
	}

}
