package no.kommune.housingfirst.firstrent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.UnitAddress;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NAV's first-rent queue. NAV sees only what paying the first rent needs: the
 * participant's name and birth date, the unit's address, the lease start, the monthly
 * rent and the due date; never anything from the follow-up. Every task shown is a read of
 * that participant's record in their access log. A confirmation is one conditional
 * UPDATE, so two people confirming at once give exactly one confirmation.
 */
@Service
@Transactional
public class FirstRentQueue {

	public static final int PAGE_SIZE = 25;

	/** How long NAV can look back at what it confirmed. */
	static final int LOOK_BACK_DAYS = 30;

	private static final String TASK = """
			SELECT f.id, f.tenancy_id, f.participant_id, p.team_id, p.full_name, p.birth_date,
			       u.street_address, u.unit_label, u.postcode, t.starts_on, t.monthly_rent_kroner,
			       t.deposit, t.rent_deduction, f.due_on, f.confirmed_at, f.paid_by, f.paid_on, f.amount_ore,
			       f.reference, f.deposit_guarantee_given, f.establishment_grant, f.rent_deduction_set_up,
			       f.cancelled_on
			FROM first_rent_task f
			JOIN tenancy t ON t.id = f.tenancy_id
			JOIN housing_unit u ON u.id = t.unit_id
			JOIN participant p ON p.id = f.participant_id
			WHERE p.consent_nav AND NOT p.restricted
			""";

	private static final String CONFIRM = """
			UPDATE first_rent_task
			SET confirmed_at = :at, confirmed_by = :by, paid_by = :paidBy, paid_on = :paidOn, amount_ore = :amountOre,
			    reference = :reference, deposit_guarantee_given = :depositGuarantee,
			    establishment_grant = :grant, rent_deduction_set_up = :rentDeduction
			WHERE id = :id AND confirmed_at IS NULL AND cancelled_on IS NULL""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final HousingTenancies tenancies;

	private final Clock clock;

	FirstRentQueue(NamedParameterJdbcTemplate jdbc, AuditLog audit, HousingTenancies tenancies, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.tenancies = tenancies;
		this.clock = clock;
	}

	/** Open tasks by due date, so the overdue ones come first. */
	public Page<Row> open(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Long total = this.jdbc.queryForObject("""
				SELECT count(*) FROM first_rent_task f JOIN participant p ON p.id = f.participant_id
				WHERE p.consent_nav AND NOT p.restricted AND f.confirmed_at IS NULL AND f.cancelled_on IS NULL""",
				new MapSqlParameterSource(), Long.class);
		List<Row> rows = this.jdbc.query(
				TASK + " AND f.confirmed_at IS NULL AND f.cancelled_on IS NULL ORDER BY f.due_on, f.id"
						+ " LIMIT :limit OFFSET :offset",
				new MapSqlParameterSource("limit", PAGE_SIZE).addValue("offset", request.getOffset()), rowMapper());
		this.audit.readAll(user, RecordType.FIRST_RENT,
				rows.stream().map((row) -> new AuditLog.Read(row.participantId(), row.teamId(), row.id())).toList());
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	/** The latest confirmations, so NAV can look back at what was done. */
	public List<Row> recentlyConfirmed(CurrentUser user) {
		List<Row> rows = this.jdbc.query(
				TASK + " AND f.confirmed_at >= :since AND f.cancelled_on IS NULL ORDER BY f.confirmed_at DESC LIMIT 20",
				new MapSqlParameterSource("since", lookBack()), rowMapper());
		this.audit.readAll(user, RecordType.FIRST_RENT,
				rows.stream().map((row) -> new AuditLog.Read(row.participantId(), row.teamId(), row.id())).toList());
		return rows;
	}

	/** The first-rent task a lease gave NAV, if it did. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> taskFor(long tenancyId) {
		return this.jdbc
			.queryForList("SELECT id FROM first_rent_task WHERE tenancy_id = :t",
					new MapSqlParameterSource("t", tenancyId), Long.class)
			.stream()
			.findFirst();
	}

	/** NAV's own tasks from the allocation meeting behind this first rent. */
	@Transactional(readOnly = true)
	public List<no.kommune.housingfirst.housing.AllocationView.Task> meetingTasks(Row row) {
		return this.tenancies.navTasks(row.tenancyId());
	}

	/**
	 * NAV ticks off one of its own tasks from the allocation meeting (a task the meeting
	 * gave to NAV), from the first-rent task it can see.
	 */
	public void tickMeetingTask(CurrentUser user, long id, MeetingTask task) {
		Row row = find(id);
		if (row.cancelledOn() != null) {
			throw new BrokenRuleException("firstrent.cancelled");
		}
		if (task == MeetingTask.FIRST_RENT) {
			// Only the confirmation settles the first rent.
			throw new BrokenRuleException("firstrent.firstRentByConfirmation");
		}
		this.tenancies.navTicksTask(row.tenancyId(), task);
		this.audit.changed(user, row.participantId(), row.teamId(), RecordType.FIRST_RENT, id, AuditAction.UPDATE);
	}

	/**
	 * Corrects a confirmation already made (a grant decided later, a reference typed
	 * wrong): who paid and when it was confirmed stay; every changed field is kept in its
	 * history. {@code seen} is the confirmation the form was opened with: if someone else
	 * corrected it meanwhile, nothing is overwritten.
	 */
	public void correct(CurrentUser user, long id, Confirmation corrected, String seen) {
		Row row = find(id);
		if (!row.confirmed() || row.cancelledOn() != null) {
			throw new BrokenRuleException("firstrent.notConfirmed");
		}
		if (!row.seen().equals(seen)) {
			throw new no.kommune.housingfirst.shared.StaleFormException("firstrent.stale");
		}
		boolean navPays = row.paidBy() == RentPayer.NAV;
		if (navPays && (corrected.paidOn() == null || corrected.amountOre() == null || corrected.reference() == null)) {
			throw new BrokenRuleException("firstrent.navPaymentIncomplete");
		}
		LocalDate paidOn = navPays ? corrected.paidOn() : null;
		Long amount = navPays ? corrected.amountOre() : null;
		String reference = navPays ? corrected.reference() : null;
		Boolean guarantee = (row.deposit() == Deposit.NAV_GUARANTEE) ? corrected.depositGuarantee() : null;
		Boolean deduction = row.rentDeductionWanted() ? corrected.rentDeductionSetUp() : null;
		java.util.List<String[]> changes = new java.util.ArrayList<>();
		changed(changes, "paidOn", row.paidOn(), paidOn);
		changed(changes, "amount", row.amountKroner(),
				(amount == null) ? null : java.math.BigDecimal.valueOf(amount, 2));
		changed(changes, "reference", row.reference(), reference);
		changed(changes, "depositGuarantee", row.depositGuarantee(), guarantee);
		changed(changes, "grant", row.grant(), corrected.grant());
		changed(changes, "rentDeductionSetUp", row.rentDeductionSetUp(), deduction);
		if (changes.isEmpty()) {
			return;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("paidOn", paidOn)
			.addValue("amountOre", amount)
			.addValue("reference", reference)
			.addValue("depositGuarantee", guarantee)
			.addValue("grant", (corrected.grant() == null) ? null : corrected.grant().name())
			.addValue("rentDeduction", deduction)
			.addValue("oldReference", row.reference())
			.addValue("oldGrant", (row.grant() == null) ? null : row.grant().name())
			.addValue("oldAmount", row.amountOre())
			.addValue("oldPaidOn", row.paidOn())
			.addValue("oldGuarantee", row.depositGuarantee())
			.addValue("oldDeduction", row.rentDeductionSetUp());
		int updated = this.jdbc.update(
				"""
						UPDATE first_rent_task
						SET paid_on = :paidOn, amount_ore = :amountOre, reference = :reference,
						    deposit_guarantee_given = :depositGuarantee, establishment_grant = :grant,
						    rent_deduction_set_up = :rentDeduction
						WHERE id = :id AND confirmed_at IS NOT NULL AND cancelled_on IS NULL
						  AND reference IS NOT DISTINCT FROM :oldReference AND establishment_grant IS NOT DISTINCT FROM :oldGrant
						  AND amount_ore IS NOT DISTINCT FROM :oldAmount AND paid_on IS NOT DISTINCT FROM :oldPaidOn
						  AND deposit_guarantee_given IS NOT DISTINCT FROM :oldGuarantee
						  AND rent_deduction_set_up IS NOT DISTINCT FROM :oldDeduction""",
				params);
		if (updated == 0) {
			throw new no.kommune.housingfirst.shared.StaleFormException("firstrent.stale");
		}
		java.sql.Timestamp at = java.sql.Timestamp.from(now());
		for (String[] change : changes) {
			this.jdbc.update("""
					INSERT INTO first_rent_correction (first_rent_task_id, corrected_at, corrected_by, field, old_value,
					                                   new_value)
					VALUES (:id, :at, :by, :field, :old, :new)""",
					new MapSqlParameterSource("id", id).addValue("at", at)
						.addValue("by", user.id())
						.addValue("field", change[0])
						.addValue("old", change[1])
						.addValue("new", change[2]));
		}
		this.tenancies.tasksDone(row.tenancyId(), tasksDone(row, corrected));
		this.audit.changed(user, row.participantId(), row.teamId(), RecordType.FIRST_RENT, id, AuditAction.UPDATE);
	}

	private static void changed(java.util.List<String[]> changes, String field, Object from, Object to) {
		if (!java.util.Objects.equals(from, to)) {
			changes.add(new String[] { field, words(from), words(to) });
		}
	}

	private static String words(Object value) {
		if (value instanceof LocalDate date) {
			return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		}
		if (value instanceof java.math.BigDecimal amount) {
			return amount.toPlainString();
		}
		return (value == null) ? null : value.toString();
	}

	/** The corrections of a confirmation, newest first, with who made them. */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long id) {
		return this.jdbc.query("""
				SELECT c.corrected_at, s.full_name, c.field, c.old_value, c.new_value
				FROM first_rent_correction c JOIN staff_member s ON s.id = c.corrected_by
				WHERE c.first_rent_task_id = :id ORDER BY c.id DESC""", new MapSqlParameterSource("id", id),
				(rs, n) -> new Correction(rs.getTimestamp("corrected_at").toInstant(), rs.getString("full_name"),
						rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
	}

	/** One corrected field of a confirmation. */
	public record Correction(Instant at, String by, String field, String from, String to) {
	}

	/** One task, for the confirmation form. */
	public Row task(CurrentUser user, long id) {
		Row row = find(id);
		this.audit.read(user, row.participantId(), row.teamId(), RecordType.FIRST_RENT, id);
		return row;
	}

	/**
	 * Confirms the first rent exactly once. When someone else has confirmed it first,
	 * this changes nothing and says so.
	 */
	public void confirm(CurrentUser user, long id, Confirmation confirmation) {
		confirm(user, id, confirmation, now());
	}

	/**
	 * A confirmation recorded after the day it was made (taken over from paper records):
	 * it counts from that day, so it is not among the last 30 days' confirmations when it
	 * is older.
	 */
	public void confirm(CurrentUser user, long id, Confirmation confirmation, LocalDate confirmedOn) {
		LocalDate today = LocalDate.now(this.clock);
		if (confirmedOn.isAfter(today)) {
			throw new BrokenRuleException("validation.notInFuture");
		}
		confirm(user, id, confirmation,
				confirmedOn.equals(today) ? now() : confirmedOn.atTime(12, 0).atZone(this.clock.getZone()).toInstant());
	}

	private void confirm(CurrentUser user, long id, Confirmation confirmation, Instant confirmedAt) {
		Row row = find(id);
		boolean navPays = confirmation.paidBy() == RentPayer.NAV;
		MapSqlParameterSource params = new MapSqlParameterSource("id", id)
			.addValue("at", java.sql.Timestamp.from(confirmedAt))
			.addValue("by", user.id())
			.addValue("paidBy", confirmation.paidBy().name())
			.addValue("paidOn", navPays ? confirmation.paidOn() : null)
			.addValue("amountOre", navPays ? confirmation.amountOre() : null)
			.addValue("reference", navPays ? confirmation.reference() : null)
			.addValue("depositGuarantee",
					(row.deposit() == Deposit.NAV_GUARANTEE) ? confirmation.depositGuarantee() : null)
			.addValue("grant", (confirmation.grant() == null) ? null : confirmation.grant().name())
			.addValue("rentDeduction", row.rentDeductionWanted() ? confirmation.rentDeductionSetUp() : null);
		if (this.jdbc.update(CONFIRM, params) == 0) {
			Boolean confirmed = this.jdbc.queryForObject(
					"SELECT confirmed_at IS NOT NULL FROM first_rent_task WHERE id = :id",
					new MapSqlParameterSource("id", id), Boolean.class);
			throw new BrokenRuleException(
					Boolean.TRUE.equals(confirmed) ? "firstrent.alreadyConfirmed" : "firstrent.cancelled");
		}
		this.tenancies.tasksDone(row.tenancyId(), tasksDone(row, confirmation));
		this.audit.changed(user, row.participantId(), row.teamId(), RecordType.FIRST_RENT, id, AuditAction.UPDATE);
	}

	/**
	 * The meeting's tasks this confirmation does: the first rent always (NAV paid, or it
	 * is settled that the participant pays); the deposit when NAV gave the guarantee; the
	 * furniture and establishment grant once NAV has decided it.
	 */
	private static java.util.Set<MeetingTask> tasksDone(Row row, Confirmation confirmation) {
		java.util.Set<MeetingTask> done = java.util.EnumSet.of(MeetingTask.FIRST_RENT);
		if (row.deposit() == Deposit.NAV_GUARANTEE && Boolean.TRUE.equals(confirmation.depositGuarantee())) {
			done.add(MeetingTask.DEPOSIT);
		}
		if (confirmation.grant() == EstablishmentGrant.GRANTED || confirmation.grant() == EstablishmentGrant.REFUSED) {
			done.add(MeetingTask.FURNITURE_GRANT);
		}
		return done;
	}

	/**
	 * A task NAV may open: one in its queue (neither confirmed nor closed) or one it
	 * confirmed in the last {@value #LOOK_BACK_DAYS} days. Anything else, closed tasks
	 * and older confirmations included, is not found, whatever id is asked for.
	 */
	private Row find(long id) {
		return this.jdbc
			.query(TASK + """
					AND f.id = :id AND f.cancelled_on IS NULL
					AND (f.confirmed_at IS NULL OR f.confirmed_at >= :since)""",
					new MapSqlParameterSource("id", id).addValue("since", lookBack()), rowMapper())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("first-rent task " + id));
	}

	private RowMapper<Row> rowMapper() {
		LocalDate today = LocalDate.now(this.clock);
		return (rs, n) -> {
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			java.sql.Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
			String paidBy = rs.getString("paid_by");
			String grant = rs.getString("establishment_grant");
			return new Row(rs.getLong("id"), rs.getLong("tenancy_id"), rs.getLong("participant_id"),
					rs.getLong("team_id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
					UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"),
							rs.getString("postcode")),
					rs.getObject("starts_on", LocalDate.class), rs.getInt("monthly_rent_kroner"), due,
					confirmedAt == null && rs.getObject("cancelled_on") == null && today.isAfter(due),
					Deposit.valueOf(rs.getString("deposit")), rs.getBoolean("rent_deduction"),
					(confirmedAt == null) ? null : confirmedAt.toInstant(),
					(paidBy == null) ? null : RentPayer.valueOf(paidBy), rs.getObject("paid_on", LocalDate.class),
					(Long) rs.getObject("amount_ore"), rs.getString("reference"),
					(Boolean) rs.getObject("deposit_guarantee_given"),
					(grant == null) ? null : EstablishmentGrant.valueOf(grant),
					(Boolean) rs.getObject("rent_deduction_set_up"), rs.getObject("cancelled_on", LocalDate.class));
		};
	}

	private java.sql.Timestamp lookBack() {
		return java.sql.Timestamp.from(now().minus(java.time.Duration.ofDays(LOOK_BACK_DAYS)));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** What NAV confirms. Paid-on, amount and reference only when NAV paid. */
	public record Confirmation(RentPayer paidBy, LocalDate paidOn, Long amountOre, String reference,
			Boolean depositGuarantee, EstablishmentGrant grant, Boolean rentDeductionSetUp) {
	}

	/** A task as NAV sees it: nothing about health, visits or the follow-up. */
	public record Row(long id, long tenancyId, long participantId, long teamId, String fullName, LocalDate birthDate,
			String address, LocalDate leaseStart, int monthlyRentKroner, LocalDate dueOn, boolean overdue,
			Deposit deposit, boolean rentDeductionWanted, Instant confirmedAt, RentPayer paidBy, LocalDate paidOn,
			Long amountOre, String reference, Boolean depositGuarantee, EstablishmentGrant grant,
			Boolean rentDeductionSetUp, LocalDate cancelledOn) {

		/**
		 * The confirmation as it stands, as a token the correction form carries: a
		 * correction made by someone else meanwhile changes it.
		 */
		public String seen() {
			return Integer.toHexString(java.util.Objects.hash(this.paidOn, this.amountOre, this.reference,
					this.depositGuarantee, this.grant, this.rentDeductionSetUp));
		}

		public boolean paidByNav() {
			return this.paidBy == RentPayer.NAV;
		}

		public boolean paidByParticipant() {
			return this.paidBy == RentPayer.PARTICIPANT;
		}

		public boolean confirmed() {
			return this.confirmedAt != null;
		}

		/**
		 * The amount in kroner with øre as decimals, for showing; stored as whole øre.
		 */
		public java.math.BigDecimal amountKroner() {
			return (this.amountOre == null) ? null : java.math.BigDecimal.valueOf(this.amountOre, 2);
		}

	}

}
