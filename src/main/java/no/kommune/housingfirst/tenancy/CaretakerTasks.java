package no.kommune.housingfirst.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.StaleFormException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffOption;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Caretaker tasks (miljøvaktmester): the participant's caseworkers give a job in the home
 * to a caretaker or a housing officer, with a due date, and see the open and done tasks
 * on the Bolig tab. The one a task is given to sees their own list — the address, what to
 * do, when — and marks a task done with a note; never the participant's name or anything
 * of the follow-up. Each task shown is an audited read of the participant's record, each
 * task given or marked done an audited change.
 */
@Service
@AuditedTransaction
public class CaretakerTasks {

	public static final int PAGE_SIZE = 20;

	/** Who may be given a task and keeps a task list. */
	public static final Set<Role> DOERS = EnumSet.of(Role.CARETAKER, Role.HOUSING_OFFICER);

	private static final String TASK = """
			SELECT c.id, c.participant_id, p.team_id, c.kind, c.what_to_do, c.assigned_to, c.due_on, c.done_on,
			       c.done_by, c.done_note, c.version, u.street_address, u.unit_label, u.postcode
			FROM caretaker_task c
			JOIN participant p ON p.id = c.participant_id
			JOIN housing_unit u ON u.id = c.unit_id
			""";

	/**
	 * A restricted participant's tasks are the section leader's alone (ADR 0016): not on
	 * the caretaker's list, not to be opened.
	 */
	private static final String AND_UNRESTRICTED = " AND c.participant_id NOT IN (SELECT r.id FROM participant r WHERE r.restricted)";

	private final NamedParameterJdbcTemplate jdbc;

	private final ParticipantService participants;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final Clock clock;

	CaretakerTasks(NamedParameterJdbcTemplate jdbc, ParticipantService participants, StaffDirectory staff,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The participant's tasks, open first (by due date), then done, a page at a time; an
	 * audited read (404 for a participant not visible).
	 */
	public TasksPage page(CurrentUser user, long participantId, int page) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.CARETAKER_TASK);
		MapSqlParameterSource params = new MapSqlParameterSource("p", participantId);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM caretaker_task WHERE participant_id = :p", params,
				Long.class);
		List<Task> tasks = named(this.jdbc.query(TASK + """
				WHERE c.participant_id = :p
				ORDER BY c.done_on IS NOT NULL, CASE WHEN c.done_on IS NULL THEN c.due_on END, c.done_on DESC, c.id DESC
				LIMIT :limit OFFSET :offset""",
				params.addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE), this::task));
		boolean mayWrite = ParticipantAccess.mayWriteCaseContent(user, header.teamId())
				&& header.status() != ParticipantStatus.EXITED;
		long count = (total == null) ? 0 : total;
		return new TasksPage(header, mayWrite, home(participantId).orElse(null), tasks, page, pages(count), today());
	}

	/**
	 * The form for a new task: only for the participant's caseworkers (404 if not
	 * visible, 403 if only readable), with the home it concerns and whom it can be given
	 * to.
	 */
	public NewTaskPage newTask(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.CARETAKER_TASK,
				null);
		return new NewTaskPage(header, home(participantId).orElse(null), doers());
	}

	/**
	 * Gives a task in the participant's current home, once per submission key: the same
	 * key again returns the task already saved.
	 */
	public long record(CurrentUser user, long participantId, UUID submissionKey, TaskDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		Optional<Long> earlier = this.jdbc
			.queryForList("SELECT id FROM caretaker_task WHERE submission_key = :k AND participant_id = :p",
					new MapSqlParameterSource("k", submissionKey).addValue("p", participantId), Long.class)
			.stream()
			.findFirst();
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (participant.status() == ParticipantStatus.EXITED) {
			throw new BrokenRuleException("tenancy.rule.exited");
		}
		Home home = home(participantId).orElseThrow(() -> new BrokenRuleException("caretaker.rule.noHome"));
		if (doers().stream().noneMatch((s) -> s.id() == details.assignedTo())) {
			throw new BrokenRuleException("assignedTo", "validation.invalid");
		}
		List<Long> ids = this.jdbc.queryForList("""
				INSERT INTO caretaker_task (participant_id, tenancy_id, unit_id, kind, what_to_do, assigned_to, due_on,
				                            submission_key, created_by, created_at)
				VALUES (:p, :t, :u, :kind, :what, :to, :due, :key, :by, :at)
				ON CONFLICT (submission_key) DO NOTHING
				RETURNING id""",
				new MapSqlParameterSource("p", participantId).addValue("t", home.tenancyId())
					.addValue("u", home.unitId())
					.addValue("kind", details.kind().name())
					.addValue("what", details.whatToDo())
					.addValue("to", details.assignedTo())
					.addValue("due", details.dueOn())
					.addValue("key", submissionKey)
					.addValue("by", user.id())
					.addValue("at", Timestamp.from(this.clock.instant())),
				Long.class);
		if (ids.isEmpty()) {
			// A parallel request with the same key saved it first; a key of someone
			// else's task is refused rather than guessed at.
			return this.jdbc
				.queryForList("SELECT id FROM caretaker_task WHERE submission_key = :k AND participant_id = :p",
						new MapSqlParameterSource("k", submissionKey).addValue("p", participantId), Long.class)
				.stream()
				.findFirst()
				.orElseThrow(() -> new BrokenRuleException("caretaker.rule.resubmit"));
		}
		long id = ids.get(0);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.CARETAKER_TASK, id,
				AuditAction.CREATE);
		return id;
	}

	/**
	 * A task stays on the list of the one who does it while it is open and for this long
	 * after it is done: the list shows participants' addresses, and a done job needs no
	 * address for long.
	 */
	static final int DONE_SHOWN_DAYS = 30;

	/** The user's tasks: open, or done in the last {@link #DONE_SHOWN_DAYS} days. */
	private static final String MINE = " c.assigned_to = :me AND (c.done_on IS NULL OR c.done_on >= :doneSince)"
			+ AND_UNRESTRICTED;

	/**
	 * The tasks given to the user (a caretaker or a housing officer): open ones first by
	 * due date, then the ones done in the last 30 days, newest first. Each task shown is
	 * an audited read.
	 */
	public MyTasksPage mine(CurrentUser user, int page) {
		requireDoer(user);
		MapSqlParameterSource params = new MapSqlParameterSource("me", user.id()).addValue("doneSince",
				java.sql.Date.valueOf(today().minusDays(DONE_SHOWN_DAYS)));
		Integer open = this.jdbc
			.queryForObject("SELECT count(*) FROM caretaker_task c WHERE c.assigned_to = :me AND c.done_on IS NULL"
					+ AND_UNRESTRICTED, params, Integer.class);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM caretaker_task c WHERE" + MINE, params, Long.class);
		List<Task> tasks = named(this.jdbc.query(TASK + " WHERE" + MINE + """

				ORDER BY c.done_on IS NOT NULL, CASE WHEN c.done_on IS NULL THEN c.due_on END, c.done_on DESC, c.id DESC
				LIMIT :limit OFFSET :offset""",
				params.addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE), this::task));
		this.audit.readAll(user, RecordType.CARETAKER_TASK,
				tasks.stream().map((t) -> new AuditLog.Read(t.participantId(), t.teamId(), t.id())).toList());
		long count = (total == null) ? 0 : total;
		return new MyTasksPage(tasks, (open == null) ? 0 : open, page, pages(count), today());
	}

	/** One task given to the user, to read and mark done; an audited read. */
	public Task myTask(CurrentUser user, long taskId) {
		return own(user, taskId, AuditAction.READ);
	}

	/**
	 * Marks the user's task done, once: the version the form was opened with must still
	 * be the stored one. The same form again from the one who marked it (a double tap)
	 * changes nothing and is not an error.
	 */
	public void markDone(CurrentUser user, long taskId, int version, LocalDate doneOn, String note) {
		Task task = own(user, taskId, AuditAction.UPDATE);
		if (task.version() != version) {
			if (task.done() && task.doneBy() != null && task.doneBy() == user.id() && task.version() == version + 1
					&& doneOn.equals(task.doneOn())) {
				return;
			}
			throw new StaleFormException("caretaker.stale");
		}
		if (task.done()) {
			throw new StaleFormException("caretaker.stale");
		}
		if (doneOn.isAfter(today())) {
			throw new BrokenRuleException("doneOn", "validation.notInFuture");
		}
		int updated = this.jdbc.update("""
				UPDATE caretaker_task
				SET done_on = :on, done_by = :by, done_note = :note, done_at = :at, version = version + 1
				WHERE id = :id AND assigned_to = :by AND version = :version AND done_on IS NULL""",
				new MapSqlParameterSource("id", taskId).addValue("on", doneOn)
					.addValue("by", user.id())
					.addValue("note", note)
					.addValue("at", Timestamp.from(this.clock.instant()))
					.addValue("version", version));
		if (updated == 0) {
			throw new StaleFormException("caretaker.stale");
		}
		this.audit.changed(user, task.participantId(), task.teamId(), RecordType.CARETAKER_TASK, taskId,
				AuditAction.UPDATE);
	}

	/** Whether any task is recorded at all (the demo data adds its own only once). */
	public boolean anyTasks() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM caretaker_task)",
				new MapSqlParameterSource(), Boolean.class));
	}

	/** Whom a task can be given to: active caretakers and housing officers. */
	public List<StaffOption> doers() {
		return this.staff.activeWithAnyRole(DOERS);
	}

	private Task own(CurrentUser user, long taskId, AuditAction action) {
		requireDoer(user);
		Optional<Task> found = this.jdbc
			.query(TASK + " WHERE c.id = :id" + AND_UNRESTRICTED, new MapSqlParameterSource("id", taskId), this::task)
			.stream()
			.filter((task) -> task.doneOn() == null || !task.doneOn().isBefore(today().minusDays(DONE_SHOWN_DAYS)))
			.toList()
			.stream()
			.findFirst();
		if (found.isEmpty()) {
			throw new NotFoundException("caretaker task " + taskId);
		}
		Task task = found.get();
		if (task.assignedTo() != user.id()) {
			this.audit.denied(user, task.participantId(), task.teamId(), RecordType.CARETAKER_TASK, action);
			throw new ParticipantNotFoundException();
		}
		if (action == AuditAction.READ) {
			this.audit.read(user, task.participantId(), task.teamId(), RecordType.CARETAKER_TASK, taskId);
		}
		return named(List.of(task)).get(0);
	}

	private static void requireDoer(CurrentUser user) {
		if (DOERS.stream().noneMatch(user::hasRole)) {
			throw new NotFoundException("caretaker tasks");
		}
	}

	/**
	 * The home a new task concerns: the tenancy signed or lived in that has not ended.
	 */
	private Optional<Home> home(long participantId) {
		return this.jdbc
			.query("""
					SELECT t.id, t.unit_id, u.street_address, u.unit_label, u.postcode
					FROM tenancy t JOIN housing_unit u ON u.id = t.unit_id
					WHERE t.participant_id = :p AND t.ended_on IS NULL
					ORDER BY t.starts_on DESC, t.id DESC LIMIT 1""", new MapSqlParameterSource("p", participantId),
					(rs, n) -> new Home(rs.getLong("id"), rs.getLong("unit_id"),
							UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"),
									rs.getString("postcode"))))
			.stream()
			.findFirst();
	}

	private List<Task> named(List<Task> tasks) {
		Set<Long> people = new HashSet<>();
		tasks.forEach((t) -> {
			people.add(t.assignedTo());
			if (t.doneBy() != null) {
				people.add(t.doneBy());
			}
		});
		if (people.isEmpty()) {
			return tasks;
		}
		Map<Long, String> names = this.staff.namesOf(people);
		return tasks.stream()
			.map((t) -> t.named(names.get(t.assignedTo()), (t.doneBy() == null) ? null : names.get(t.doneBy())))
			.toList();
	}

	private Task task(ResultSet rs, int n) throws SQLException {
		return new Task(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id"),
				CaretakerTaskKind.valueOf(rs.getString("kind")), rs.getString("what_to_do"), rs.getLong("assigned_to"),
				null, rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
				(Long) rs.getObject("done_by"), null, rs.getString("done_note"), rs.getInt("version"),
				UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"), rs.getString("postcode")));
	}

	private static int pages(long total) {
		return Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What a new task says, as the form gives it. */
	public record TaskDetails(CaretakerTaskKind kind, String whatToDo, long assignedTo, LocalDate dueOn) {
	}

	/** The home a task concerns. */
	public record Home(long tenancyId, long unitId, String address) {
	}

	/**
	 * One task: where, what, for whom and when, and whether it is done. Nothing of the
	 * participant but the home's address.
	 */
	public record Task(long id, long participantId, long teamId, CaretakerTaskKind kind, String whatToDo,
			long assignedTo, String assignedToName, LocalDate dueOn, LocalDate doneOn, Long doneBy, String doneByName,
			String doneNote, int version, String address) {

		Task named(String assignedToName, String doneByName) {
			return new Task(this.id, this.participantId, this.teamId, this.kind, this.whatToDo, this.assignedTo,
					assignedToName, this.dueOn, this.doneOn, this.doneBy, doneByName, this.doneNote, this.version,
					this.address);
		}

		public boolean done() {
			return this.doneOn != null;
		}

		public boolean overdue(LocalDate today) {
			return this.doneOn == null && this.dueOn.isBefore(today);
		}

	}

	/** The participant's tasks on the Bolig tab. */
	public record TasksPage(ParticipantHeader header, boolean mayWrite, Home home, List<Task> tasks, int page,
			int pages, LocalDate today) {
	}

	/** The new-task page. */
	public record NewTaskPage(ParticipantHeader header, Home home, List<StaffOption> doers) {
	}

	/** The caretaker's own list. */
	public record MyTasksPage(List<Task> tasks, int open, int page, int pages, LocalDate today) {
	}

}
