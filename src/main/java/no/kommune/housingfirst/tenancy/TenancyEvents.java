package no.kommune.housingfirst.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.housing.UnitAddress;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.StaleFormException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffOption;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tenancy events on the participant's Bolig tab: recorded and corrected by the
 * participant's caseworkers, read by their section leader; every read and change audited
 * as a tenancy-event record. A complaint gets its response deadline in working days
 * unless one is given. Corrections keep their history (who, when, old and new); a form
 * carries the version it was opened with, so a second editor cannot overwrite the first;
 * the submission key saves a double tap once.
 */
@Service
@AuditedTransaction
public class TenancyEvents {

	public static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final String EVENT = """
			SELECT e.id, e.participant_id, e.tenancy_id, e.kind, e.occurred_on, e.source, e.what_happened,
			       e.respond_by, e.answered_by, e.answer, e.answered_on, e.arrears_ore, e.arrears_months,
			       e.deduction_failed, e.deduction_restored_at, e.created_by, e.created_at, e.version,
			       u.street_address, u.unit_label, u.postcode
			FROM tenancy_event e
			JOIN tenancy t ON t.id = e.tenancy_id
			JOIN housing_unit u ON u.id = t.unit_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ParticipantService participants;

	private final StaffDirectory staff;

	private final RiskQueries risks;

	private final AuditLog audit;

	private final TenancyEventProperties limits;

	private final Clock clock;

	TenancyEvents(NamedParameterJdbcTemplate jdbc, ParticipantService participants, StaffDirectory staff,
			RiskQueries risks, AuditLog audit, TenancyEventProperties limits, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.staff = staff;
		this.risks = risks;
		this.audit = audit;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * The participant's tenancy events, newest first, a page at a time, with the early
	 * warning's reasons; an audited read (404 for a participant not visible).
	 */
	public EventsPage page(CurrentUser user, long participantId, int page) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.TENANCY_EVENT);
		LocalDate today = today();
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM tenancy_event WHERE participant_id = :p",
				new MapSqlParameterSource("p", participantId), Long.class);
		List<EventRow> rows = this.jdbc.query(EVENT + """
				WHERE e.participant_id = :p ORDER BY e.occurred_on DESC, e.id DESC LIMIT :limit OFFSET :offset""",
				new MapSqlParameterSource("p", participantId).addValue("limit", PAGE_SIZE)
					.addValue("offset", (long) page * PAGE_SIZE),
				(rs, n) -> row(rs, today));
		Integer overdue = this.jdbc.queryForObject("""
				SELECT count(*) FROM tenancy_event
				WHERE participant_id = :p AND kind = 'COMPLAINT' AND answered_on IS NULL AND respond_by < :today""",
				new MapSqlParameterSource("p", participantId).addValue("today", today), Integer.class);
		Optional<CurrentTenancy> current = currentTenancy(participantId);
		TenancyRisk risk = this.risks.ofParticipants(List.of(participantId), today).get(participantId);
		boolean mayWrite = ParticipantAccess.mayWriteCaseContent(user, header.teamId())
				&& header.status() != ParticipantStatus.EXITED;
		return new EventsPage(header, mayWrite, current.orElse(null), rows, page, (total == null) ? 0 : total,
				(total == null) ? 1 : Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE)), risk,
				(overdue == null) ? 0 : overdue, this.limits.riskWindowDays());
	}

	/**
	 * The form for a new event: only for the participant's caseworkers (404 if not
	 * visible, 403 if only readable), with the tenancy it will belong to and who may
	 * answer a complaint.
	 */
	public NewEventPage newEvent(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.TENANCY_EVENT,
				null);
		return new NewEventPage(header, currentTenancy(participantId).orElse(null),
				this.staff.caseworkersIn(Set.of(header.teamId())), this.limits.responseWorkingDays());
	}

	/**
	 * Records an event on the participant's current tenancy, once per submission key: the
	 * same key again returns the event already saved.
	 */
	public long record(CurrentUser user, long participantId, UUID submissionKey, EventDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		Optional<Long> earlier = findBySubmission(participantId, submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (participant.status() == ParticipantStatus.EXITED) {
			throw new BrokenRuleException("tenancy.rule.exited");
		}
		CurrentTenancy tenancy = currentTenancy(participantId)
			.orElseThrow(() -> new BrokenRuleException("tenancy.rule.noTenancy"));
		EventDetails checked = check(details, tenancy, participant.teamId());
		long id = insert(user, participantId, tenancy.id(), submissionKey, checked);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.TENANCY_EVENT, id, AuditAction.CREATE);
		return id;
	}

	/** Whether any event is recorded at all (the demo data adds its own only once). */
	public boolean anyEvents() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM tenancy_event)",
				new MapSqlParameterSource(), Boolean.class));
	}

	/** The event saved under a submission key, if it is this participant's. */
	public Optional<Long> findBySubmission(long participantId, UUID submissionKey) {
		return this.jdbc
			.queryForList("SELECT id FROM tenancy_event WHERE submission_key = :k AND participant_id = :p",
					new MapSqlParameterSource("k", submissionKey).addValue("p", participantId), Long.class)
			.stream()
			.findFirst();
	}

	/**
	 * Inserts once per key: a parallel request with the same key makes no second row (the
	 * unique key decides), and a key used for someone else's event is not this one's.
	 */
	long insert(CurrentUser user, long participantId, long tenancyId, UUID submissionKey, EventDetails d) {
		MapSqlParameterSource params = new MapSqlParameterSource("p", participantId).addValue("t", tenancyId)
			.addValue("kind", d.kind().name())
			.addValue("on", d.occurredOn())
			.addValue("source", d.source().name())
			.addValue("what", d.whatHappened())
			.addValue("respondBy", d.respondBy())
			.addValue("answeredBy", d.answeredBy())
			.addValue("answer", d.answer())
			.addValue("answeredOn", d.answeredOn())
			.addValue("ore", d.arrearsOre())
			.addValue("months", d.arrearsMonths())
			.addValue("failed", d.deductionFailed())
			.addValue("key", submissionKey)
			.addValue("by", user.id())
			.addValue("at", Timestamp.from(this.clock.instant()));
		List<Long> ids = this.jdbc.queryForList("""
				INSERT INTO tenancy_event (participant_id, tenancy_id, kind, occurred_on, source, what_happened,
				                           respond_by, answered_by, answer, answered_on, arrears_ore, arrears_months,
				                           deduction_failed, submission_key, created_by, created_at)
				VALUES (:p, :t, :kind, :on, :source, :what, :respondBy, :answeredBy, :answer, :answeredOn, :ore,
				        :months, :failed, :key, :by, :at)
				ON CONFLICT (submission_key) DO NOTHING
				RETURNING id""", params, Long.class);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		return findBySubmission(participantId, submissionKey)
			.orElseGet(() -> insert(user, participantId, tenancyId, UUID.randomUUID(), d));
	}

	/** One event with its history, for reading and correcting; an audited read. */
	public EventPage event(CurrentUser user, long participantId, long eventId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.TENANCY_EVENT, eventId);
		EventView event = view(user, participantId, header.teamId(), eventId, AuditAction.READ);
		boolean mayWrite = ParticipantAccess.mayWriteCaseContent(user, header.teamId());
		return new EventPage(header, mayWrite, event, this.staff.caseworkersIn(Set.of(header.teamId())),
				history(eventId), rentDeductionAgreed(event.tenancyId()), this.limits.responseWorkingDays());
	}

	/**
	 * Corrects an event or records the answer to a complaint. Every changed field is kept
	 * with who changed it and when; a version other than the stored one changes nothing
	 * (someone else saved meanwhile).
	 */
	public void update(CurrentUser user, long participantId, long eventId, int version, EventDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		EventView before = view(user, participantId, participant.teamId(), eventId, AuditAction.UPDATE);
		if (before.version() != version) {
			throw new StaleFormException("tenancy.stale");
		}
		if (details.kind() != before.kind()) {
			// The kind decides which facts an event has: a different kind is a new event.
			throw new BrokenRuleException("kind", "tenancy.rule.kindFixed");
		}
		if (before.deductionRestored() && !details.deductionFailed()) {
			throw new BrokenRuleException("deductionFailed", "tenancy.rule.restoredStays");
		}
		CurrentTenancy tenancy = new CurrentTenancy(before.tenancyId(), before.address(),
				rentDeductionAgreed(before.tenancyId()));
		EventDetails d = check(details, tenancy, participant.teamId());
		List<String[]> changes = changes(before, d);
		if (changes.isEmpty()) {
			return;
		}
		int updated = this.jdbc.update("""
				UPDATE tenancy_event
				SET occurred_on = :on, source = :source, what_happened = :what, respond_by = :respondBy,
				    answered_by = :answeredBy, answer = :answer, answered_on = :answeredOn, arrears_ore = :ore,
				    arrears_months = :months, deduction_failed = :failed, version = version + 1
				WHERE id = :id AND participant_id = :p AND version = :version""",
				new MapSqlParameterSource("id", eventId).addValue("p", participantId)
					.addValue("version", version)
					.addValue("on", d.occurredOn())
					.addValue("source", d.source().name())
					.addValue("what", d.whatHappened())
					.addValue("respondBy", d.respondBy())
					.addValue("answeredBy", d.answeredBy())
					.addValue("answer", d.answer())
					.addValue("answeredOn", d.answeredOn())
					.addValue("ore", d.arrearsOre())
					.addValue("months", d.arrearsMonths())
					.addValue("failed", d.deductionFailed()));
		if (updated == 0) {
			throw new StaleFormException("tenancy.stale");
		}
		Timestamp at = Timestamp.from(this.clock.instant());
		for (String[] change : changes) {
			recordChange(eventId, user.id(), at, change[0], change[1], change[2]);
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.TENANCY_EVENT, eventId,
				AuditAction.UPDATE);
	}

	void recordChange(long eventId, long by, Timestamp at, String field, String from, String to) {
		this.jdbc.update("""
				INSERT INTO tenancy_event_change (event_id, changed_at, changed_by, field, old_value, new_value)
				VALUES (:id, :at, :by, :field, :old, :new)""",
				new MapSqlParameterSource("id", eventId).addValue("at", at)
					.addValue("by", by)
					.addValue("field", field)
					.addValue("old", from)
					.addValue("new", to));
	}

	/**
	 * The facts checked against the rules; a complaint without a deadline gets the
	 * configured number of working days after it was received.
	 */
	EventDetails check(EventDetails d, CurrentTenancy tenancy, long teamId) {
		LocalDate today = today();
		if (d.occurredOn().isAfter(today)) {
			throw new BrokenRuleException("occurredOn", "validation.notInFuture");
		}
		boolean complaint = d.kind() == TenancyEventKind.COMPLAINT;
		if (!complaint
				&& (d.respondBy() != null || d.answeredBy() != null || d.answer() != null || d.answeredOn() != null)) {
			throw new BrokenRuleException("answer", "tenancy.rule.complaintOnly");
		}
		boolean arrears = d.kind() == TenancyEventKind.RENT_ARREARS;
		if (!arrears && (d.arrearsOre() != null || d.arrearsMonths() != null || d.deductionFailed())) {
			throw new BrokenRuleException("arrears", "tenancy.rule.arrearsOnly");
		}
		if (arrears && d.arrearsOre() == null) {
			throw new BrokenRuleException("arrears", "validation.required");
		}
		if (d.deductionFailed() && !tenancy.rentDeductionAgreed()) {
			throw new BrokenRuleException("deductionFailed", "tenancy.rule.noDeductionAgreed");
		}
		LocalDate respondBy = d.respondBy();
		if (complaint && respondBy == null) {
			respondBy = ResponseDeadline.respondBy(d.occurredOn(), this.limits.responseWorkingDays());
		}
		if (respondBy != null && respondBy.isBefore(d.occurredOn())) {
			throw new BrokenRuleException("respondBy", "tenancy.rule.deadlineBeforeEvent");
		}
		if ((d.answer() == null) != (d.answeredOn() == null)) {
			throw new BrokenRuleException((d.answer() == null) ? "answer" : "answeredOn", "tenancy.rule.answerAndDate");
		}
		if (d.answeredOn() != null && d.answeredOn().isAfter(today)) {
			throw new BrokenRuleException("answeredOn", "validation.notInFuture");
		}
		if (d.answeredOn() != null && d.answeredOn().isBefore(d.occurredOn())) {
			throw new BrokenRuleException("answeredOn", "tenancy.rule.answerBeforeEvent");
		}
		if (d.answeredBy() != null
				&& this.staff.caseworkersIn(Set.of(teamId)).stream().noneMatch((s) -> s.id() == d.answeredBy())) {
			throw new BrokenRuleException("answeredBy", "validation.invalid");
		}
		return new EventDetails(d.kind(), d.occurredOn(), d.source(), d.whatHappened(), respondBy, d.answeredBy(),
				d.answer(), d.answeredOn(), d.arrearsOre(), d.arrearsMonths(), d.deductionFailed());
	}

	private List<String[]> changes(EventView before, EventDetails d) {
		List<String[]> changes = new ArrayList<>();
		changed(changes, "occurredOn", before.occurredOn(), d.occurredOn());
		changed(changes, "source", before.source(), d.source());
		changed(changes, "whatHappened", before.whatHappened(), d.whatHappened());
		changed(changes, "respondBy", before.respondBy(), d.respondBy());
		changed(changes, "answeredBy", before.answeredBy(), d.answeredBy());
		changed(changes, "answer", before.answer(), d.answer());
		changed(changes, "answeredOn", before.answeredOn(), d.answeredOn());
		changed(changes, "arrears", kroner(before.arrearsOre()), kroner(d.arrearsOre()));
		changed(changes, "arrearsMonths", before.arrearsMonths(), d.arrearsMonths());
		changed(changes, "deductionFailed", before.deductionFailed(), d.deductionFailed());
		return changes;
	}

	private static void changed(List<String[]> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.add(new String[] { field, words(from), words(to) });
		}
	}

	private static java.math.BigDecimal kroner(Long ore) {
		return (ore == null) ? null : java.math.BigDecimal.valueOf(ore, 2);
	}

	/**
	 * Values as the history keeps them: dates as people write them, the rest as stored.
	 */
	static String words(Object value) {
		if (value instanceof LocalDate date) {
			return date.format(DAY);
		}
		if (value instanceof java.math.BigDecimal amount) {
			return amount.toPlainString();
		}
		return (value == null) ? null : value.toString();
	}

	/** The history of an event, oldest first, with who changed what. */
	private List<Change> history(long eventId) {
		List<Change> changes = this.jdbc.query("""
				SELECT c.changed_at, c.changed_by, c.field, c.old_value, c.new_value
				FROM tenancy_event_change c WHERE c.event_id = :id ORDER BY c.id""",
				new MapSqlParameterSource("id", eventId),
				(rs, n) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getLong("changed_by"), null,
						rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
		Set<Long> people = new HashSet<>();
		changes.forEach((c) -> people.add(c.byId()));
		Map<Long, String> names = this.staff.namesOf(people);
		Map<Long, String> responders = new java.util.HashMap<>();
		Set<Long> answerers = new HashSet<>();
		changes.stream().filter((c) -> "answeredBy".equals(c.field())).forEach((c) -> {
			addId(answerers, c.from());
			addId(answerers, c.to());
		});
		if (!answerers.isEmpty()) {
			responders.putAll(this.staff.namesOf(answerers));
		}
		return changes.stream()
			.map((c) -> "answeredBy".equals(c.field())
					? new Change(c.at(), c.byId(), names.get(c.byId()), c.field(), nameOf(responders, c.from()),
							nameOf(responders, c.to()))
					: new Change(c.at(), c.byId(), names.get(c.byId()), c.field(), c.from(), c.to()))
			.toList();
	}

	private static void addId(Set<Long> ids, String text) {
		if (text != null) {
			ids.add(Long.valueOf(text));
		}
	}

	private static String nameOf(Map<Long, String> names, String id) {
		return (id == null) ? null : names.get(Long.valueOf(id));
	}

	private EventView view(CurrentUser user, long participantId, long teamId, long eventId, AuditAction action) {
		Optional<EventView> found = this.jdbc
			.query(EVENT + " WHERE e.id = :id AND e.participant_id = :p",
					new MapSqlParameterSource("id", eventId).addValue("p", participantId), viewMapper())
			.stream()
			.findFirst();
		if (found.isEmpty()) {
			this.audit.denied(user, participantId, teamId, RecordType.TENANCY_EVENT, action);
			throw new ParticipantNotFoundException();
		}
		EventView view = found.get();
		Set<Long> people = new HashSet<>();
		people.add(view.createdBy());
		if (view.answeredBy() != null) {
			people.add(view.answeredBy());
		}
		Map<Long, String> names = this.staff.namesOf(people);
		return view.named(names.get(view.createdBy()),
				(view.answeredBy() == null) ? null : names.get(view.answeredBy()));
	}

	/** The tenancy the participant lives in or has signed for and that has not ended. */
	Optional<CurrentTenancy> currentTenancy(long participantId) {
		return this.jdbc
			.query("""
					SELECT t.id, t.rent_deduction, u.street_address, u.unit_label, u.postcode
					FROM tenancy t JOIN housing_unit u ON u.id = t.unit_id
					WHERE t.participant_id = :p AND t.ended_on IS NULL
					ORDER BY t.starts_on DESC, t.id DESC LIMIT 1""", new MapSqlParameterSource("p", participantId),
					(rs, n) -> new CurrentTenancy(rs.getLong("id"),
							UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"),
									rs.getString("postcode")),
							rs.getBoolean("rent_deduction")))
			.stream()
			.findFirst();
	}

	private boolean rentDeductionAgreed(long tenancyId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT rent_deduction FROM tenancy WHERE id = :t",
				new MapSqlParameterSource("t", tenancyId), Boolean.class));
	}

	private static EventRow row(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate respondBy = rs.getObject("respond_by", LocalDate.class);
		LocalDate answeredOn = rs.getObject("answered_on", LocalDate.class);
		return new EventRow(rs.getLong("id"), TenancyEventKind.valueOf(rs.getString("kind")),
				rs.getObject("occurred_on", LocalDate.class), EventSource.valueOf(rs.getString("source")),
				rs.getString("what_happened"), respondBy, answeredOn, (Long) rs.getObject("arrears_ore"),
				(Integer) rs.getObject("arrears_months"), rs.getBoolean("deduction_failed"),
				rs.getTimestamp("deduction_restored_at") != null,
				UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"), rs.getString("postcode")),
				ResponseDeadline.overdue(respondBy, answeredOn, today));
	}

	private static RowMapper<EventView> viewMapper() {
		return (rs, n) -> new EventView(rs.getLong("id"), rs.getInt("version"), rs.getLong("tenancy_id"),
				TenancyEventKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
				EventSource.valueOf(rs.getString("source")), rs.getString("what_happened"),
				rs.getObject("respond_by", LocalDate.class), (Long) rs.getObject("answered_by"), null,
				rs.getString("answer"), rs.getObject("answered_on", LocalDate.class),
				(Long) rs.getObject("arrears_ore"), (Integer) rs.getObject("arrears_months"),
				rs.getBoolean("deduction_failed"), rs.getTimestamp("deduction_restored_at") != null,
				UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"), rs.getString("postcode")),
				rs.getLong("created_by"), null, rs.getTimestamp("created_at").toInstant());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What an event says, as a form gives it (amounts in øre). */
	public record EventDetails(TenancyEventKind kind, LocalDate occurredOn, EventSource source, String whatHappened,
			LocalDate respondBy, Long answeredBy, String answer, LocalDate answeredOn, Long arrearsOre,
			Integer arrearsMonths, boolean deductionFailed) {

	}

	/** The tenancy a new event belongs to. */
	public record CurrentTenancy(long id, String address, boolean rentDeductionAgreed) {
	}

	/** One line of the list. */
	public record EventRow(long id, TenancyEventKind kind, LocalDate occurredOn, EventSource source,
			String whatHappened, LocalDate respondBy, LocalDate answeredOn, Long arrearsOre, Integer arrearsMonths,
			boolean deductionFailed, boolean deductionRestored, String address, boolean overdue) {

		public boolean complaint() {
			return this.kind == TenancyEventKind.COMPLAINT;
		}

		public boolean answeredInTime() {
			return ResponseDeadline.answeredInTime(this.respondBy, this.answeredOn);
		}

		public boolean answeredLate() {
			return this.answeredOn != null && !answeredInTime();
		}

	}

	/** The list page: the events, the early warning and the current tenancy. */
	public record EventsPage(ParticipantHeader header, boolean mayWrite, CurrentTenancy current, List<EventRow> events,
			int page, long total, int pages, TenancyRisk risk, int overdueComplaints, int windowDays) {

		public boolean atRisk() {
			return this.risk != null && this.risk.atRisk();
		}

	}

	/** The new-event page. */
	public record NewEventPage(ParticipantHeader header, CurrentTenancy current, List<StaffOption> responders,
			int responseWorkingDays) {
	}

	/** One event as its page shows it. */
	public record EventView(long id, int version, long tenancyId, TenancyEventKind kind, LocalDate occurredOn,
			EventSource source, String whatHappened, LocalDate respondBy, Long answeredBy, String answeredByName,
			String answer, LocalDate answeredOn, Long arrearsOre, Integer arrearsMonths, boolean deductionFailed,
			boolean deductionRestored, String address, long createdBy, String createdByName, Instant createdAt) {

		EventView named(String createdByName, String answeredByName) {
			return new EventView(this.id, this.version, this.tenancyId, this.kind, this.occurredOn, this.source,
					this.whatHappened, this.respondBy, this.answeredBy, answeredByName, this.answer, this.answeredOn,
					this.arrearsOre, this.arrearsMonths, this.deductionFailed, this.deductionRestored, this.address,
					this.createdBy, createdByName, this.createdAt);
		}

		public boolean complaint() {
			return this.kind == TenancyEventKind.COMPLAINT;
		}

		public boolean arrears() {
			return this.kind == TenancyEventKind.RENT_ARREARS;
		}

	}

	/** The event page: the event, its history, and who may answer a complaint. */
	public record EventPage(ParticipantHeader header, boolean mayWrite, EventView event, List<StaffOption> responders,
			List<Change> history, boolean rentDeductionAgreed, int responseWorkingDays) {
	}

	/** One changed field: when, by whom, old and new. */
	public record Change(Instant at, long byId, String by, String field, String from, String to) {
	}

}
