package no.kommune.housingfirst.participant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import no.kommune.housingfirst.audit.AuditChain;
import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.caseload.CaseloadService;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.ErasureFixture;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job with real commits and a clock the test moves: Ola exited on 1 March
 * 2020, Kari a day later. On 1 March 2023 (exactly three years after Ola's exit, the
 * default period) nobody is erased; on 2 March Ola is, Kari is not. Every text in every
 * table about Ola is gone, the figures the dashboard and the yearly report give are the
 * same, an audit row says it happened; a second run, and a run while another instance
 * holds the lock, do nothing.
 */
@ServerTest
class RetentionJobServerTest {

	static final ZoneId OSLO = TimeConfiguration.OSLO;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	RetentionJob job;

	@Autowired
	ParticipantRestrictions restrictions;

	@Autowired
	CaseloadService caseload;

	@Autowired
	AuditChain chain;

	JdbcTemplate owner;

	ErasureFixture fixture;

	CurrentUser leader;

	long ola;

	long kari;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		this.fixture = new ErasureFixture(this.owner);
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser caseworker = this.staff.caseworker(team);
		this.leader = this.staff.sectionLeader(section);
		long unit = this.housing.unit(TestStaff.unique("Erasegata "), "Midtbyen", 8000);
		this.ola = participant(caseworker, "OLAMARK", team, unit, LocalDate.of(2020, 3, 1));
		this.kari = participant(caseworker, "KARIMARK", team, unit, LocalDate.of(2020, 3, 2));
	}

	private long participant(CurrentUser caseworker, String marker, long team, long unit, LocalDate exit) {
		long id = this.participants.aParticipant()
			.named("Deltaker " + marker)
			.born(LocalDate.of(1987, 6, 15))
			.includedOn(LocalDate.of(2019, 1, 2))
			.by(caseworker);
		this.fixture.fill(id, caseworker.id(), team, unit, marker);
		this.pathway.exit(caseworker, id, exit, ExitReason.MOVED_AWAY);
		return id;
	}

	static Clock on(int year, int month, int day) {
		return Clock.fixed(LocalDate.of(year, month, day).atTime(3, 0).atZone(OSLO).toInstant(), OSLO);
	}

	@Test
	void justWithinThePeriodIsUntouchedJustPastItEveryTextGoesAndTheFiguresStay() {
		Map<String, Integer> rows = this.fixture.rows(this.ola);
		assertThat(rows.values()).allMatch((n) -> n > 0);
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).containsExactlyInAnyOrderElementsOf(
				ErasureFixture.ROWS.keySet().stream().filter((t) -> !t.equals("fit_session")).toList());
		Object dashboard = this.caseload.dashboard(this.leader, CaseloadFilter.all());
		Object year2020 = this.caseload.yearlyReport(this.leader, 2020, null);
		Object year2019 = this.caseload.yearlyReport(this.leader, 2019, null);

		RetentionJob.Outcome within = this.job.run(on(2023, 3, 1));
		assertThat(within.ran()).isTrue();
		assertThat(within.erased()).isEmpty();
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).hasSize(ErasureFixture.ROWS.size() - 1);

		RetentionPreview preview = this.job.dryRun(on(2023, 3, 2));
		long auditBefore = count("SELECT count(*) FROM audit_event");
		RetentionJob.Outcome past = this.job.run(on(2023, 3, 2));
		assertThat(past.erased()).containsExactly(this.ola);
		// One row more in the audit trail: the erasure's.
		assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(auditBefore + 1);
		// The dry run listed exactly what the job then erased, and counted the same.
		assertThat(preview.participants()).extracting(ErasureCandidate::id).containsExactly(this.ola);
		assertThat(preview.counts()).isEqualTo(past.counts());
		assertThat(past.counts()).containsEntry("erasure.kind.visit.notes", 2)
			.containsEntry("erasure.kind.boplan.versions", 1)
			.containsEntry("erasure.kind.survey.freeTexts", 1)
			.containsEntry("erasure.kind.participant.identity", 1);

		// Every text, name and phone gone from every table; the rows themselves stay.
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).isEmpty();
		assertThat(this.fixture.rows(this.ola)).isEqualTo(rows);
		var person = this.owner.queryForMap(
				"SELECT full_name, search_name, birth_date, phone, status, exited_on, exit_reason FROM participant "
						+ "WHERE id = ?",
				this.ola);
		assertThat(person.get("full_name")).isEqualTo("P-" + this.ola);
		assertThat(person.get("phone")).isNull();
		assertThat(person.get("birth_date").toString()).isEqualTo("1980-01-01");
		assertThat(person.get("status")).isEqualTo("EXITED");
		assertThat(person.get("exit_reason")).isEqualTo("MOVED_AWAY");
		assertThat(count("SELECT count(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
				+ "WHERE r.participant_id = " + this.ola))
			.isOne();
		// Kari, a day short of the period, keeps everything.
		assertThat(this.fixture.textsWith(this.kari, "KARIMARK")).hasSize(ErasureFixture.ROWS.size() - 1);

		// The same figures after as before.
		assertThat(this.caseload.dashboard(this.leader, CaseloadFilter.all())).isEqualTo(dashboard);
		assertThat(this.caseload.yearlyReport(this.leader, 2020, null)).isEqualTo(year2020);
		assertThat(this.caseload.yearlyReport(this.leader, 2019, null)).isEqualTo(year2019);

		// One audit row says it happened, and the chain holds.
		assertThat(this.owner.queryForList("SELECT participant_id FROM audit_event WHERE action = 'ERASE'", Long.class))
			.containsExactly(this.ola);
		assertThat(this.owner.queryForObject("SELECT kind FROM participant_erasure WHERE participant_id = ?",
				String.class, this.ola))
			.isEqualTo("RETENTION");
		assertThat(this.chain.verify().intact()).isTrue();

		// Run again: nothing more.
		long auditAfter = count("SELECT count(*) FROM audit_event");
		RetentionJob.Outcome again = this.job.run(on(2023, 3, 2));
		assertThat(again.erased()).isEmpty();
		assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(auditAfter);
		assertThat(this.job.dryRun(on(2023, 3, 2)).empty()).isTrue();
	}

	@Test
	void aRunWhileAnotherInstanceHoldsTheLockDoesNothing() throws Exception {
		try (Connection other = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = other.createStatement()) {
			other.setAutoCommit(false);
			statement.execute("SELECT pg_advisory_xact_lock(" + ParticipantErasures.LOCK_SPACE + ", 0)");
			RetentionJob.Outcome blocked = this.job.run(on(2024, 1, 1));
			assertThat(blocked.ran()).isFalse();
			assertThat(blocked.erased()).isEmpty();
			other.rollback();
		}
		assertThat(count("SELECT count(*) FROM participant_erasure")).isZero();
		assertThat(this.job.run(on(2024, 1, 1)).erased()).containsExactlyInAnyOrder(this.ola, this.kari);
	}

	/**
	 * One participant whose erasure fails (here a trigger refuses their row) does not
	 * hold up the rest: the others are erased, the audit trail's purge still runs, the
	 * failing one is named as failed and erased on a later run once the fault is gone.
	 */
	@Test
	void aParticipantWhoseErasureFailsIsSkippedAndTheRestAreErased() {
		this.owner.execute("""
				CREATE FUNCTION test_refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'refused for the test'; END $$""");
		this.owner
			.execute("CREATE TRIGGER test_refuse_erasure BEFORE UPDATE ON participant FOR EACH ROW WHEN (OLD.id = "
					+ this.ola + ") EXECUTE FUNCTION test_refuse_erasure()");
		RetentionJob.Outcome first;
		try {
			first = this.job.run(on(2024, 1, 1));
		}
		finally {
			this.owner.execute("DROP TRIGGER test_refuse_erasure ON participant");
			this.owner.execute("DROP FUNCTION test_refuse_erasure()");
		}
		assertThat(first.ran()).isTrue();
		assertThat(first.erased()).containsExactly(this.kari);
		assertThat(first.failed()).containsExactly(this.ola);
		assertThat(this.fixture.textsWith(this.kari, "KARIMARK")).isEmpty();
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).hasSize(ErasureFixture.ROWS.size() - 1);
		assertThat(count("SELECT count(*) FROM participant_erasure WHERE participant_id = " + this.ola)).isZero();

		RetentionJob.Outcome next = this.job.run(on(2024, 1, 1));
		assertThat(next.erased()).containsExactly(this.ola);
		assertThat(next.failed()).isEmpty();
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).isEmpty();
	}

	/**
	 * Every table with a participant_id column is either one this test fills with a
	 * marker and sees emptied, or named here with why it keeps what it holds: a module
	 * that adds a table about participants cannot forget its erasure unnoticed.
	 */
	@Test
	void everyTableAboutAParticipantIsErasedOrKeptForAStatedReason() {
		Map<String, String> kept = Map.of("housing_offer", "who made the offer and when, and its status",
				"participant_status_change", "statuses, days and reason codes: the measures", "participant_erasure",
				"that the erasure happened, and on what ground", "audit_event",
				"the audit trail, with a retention of its own", "visit_week", "weekly counts derived from the visits",
				"visit_last_contact",
				"the day of the latest contact and the weeks with contact before it, derived from the visits",
				"housing_first_home", "the first move-in and the standings after it, derived from the tenancies",
				"fit_standing",
				"the first and latest FIT totals and the latest session's day, derived from the sessions",
				"bo_plan_standing",
				"the latest plan's review day and whether it was agreed, the first agreement's and the latest meeting's days, derived from the plans");
		List<String> tables = this.owner.queryForList("""
				SELECT table_name FROM information_schema.columns
				WHERE table_schema = 'public' AND column_name = 'participant_id' ORDER BY table_name""", String.class);
		assertThat(tables).isNotEmpty()
			.allSatisfy((table) -> assertThat(ErasureFixture.ROWS.containsKey(table) || kept.containsKey(table))
				.as("table %s: erased (ErasureFixture.ROWS) or kept for a reason", table)
				.isTrue());
	}

	@Test
	void twoRunsAtOnceEraseEachParticipantOnce() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<RetentionJob.Outcome>> runs = List.of(1, 2)
			.stream()
			.map((n) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.job.run(on(2024, 1, 1));
			}))
			.toList();
		List<Long> erased = runs.stream().flatMap((run) -> run.join().erased().stream()).toList();
		assertThat(erased).containsExactlyInAnyOrder(this.ola, this.kari);
		assertThat(count("SELECT count(*) FROM participant_erasure")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ERASE'")).isEqualTo(2);
		assertThat(Set.copyOf(this.fixture.textsWith(this.ola, "OLAMARK"))).isEmpty();
	}

	/**
	 * A restriction may be asked for instead of an erasure, or to keep the record for a
	 * legal claim (GDPR art. 18(1)(b) and (c)): the job keeps a restricted participant,
	 * and erases them once the section leader has lifted the restriction.
	 */
	@Test
	void aRestrictedParticipantIsKeptUntilTheRestrictionIsLifted() {
		this.restrictions.restrict(this.leader, this.ola, version(this.ola), UUID.randomUUID(),
				"Bestrider opplysningene og vil ha dem bevart til saken er avgjort");

		assertThat(this.job.dryRun(on(2024, 1, 1)).participants()).extracting(ErasureCandidate::id)
			.containsExactly(this.kari);
		assertThat(this.job.run(on(2024, 1, 1)).erased()).containsExactly(this.kari);
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).hasSize(ErasureFixture.ROWS.size() - 1);
		assertThat(count("SELECT count(*) FROM participant_erasure WHERE participant_id = " + this.ola)).isZero();

		this.restrictions.lift(this.leader, this.ola, version(this.ola), UUID.randomUUID(),
				"Saken er avgjort, opplysningene kan slettes");
		assertThat(this.job.run(on(2024, 1, 1)).erased()).containsExactly(this.ola);
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).isEmpty();
	}

	/**
	 * A participant reopened while the job erases them (the reopening holds the row, the
	 * job waits for it) is checked again once the reopening commits: they are active, so
	 * nothing of theirs is erased.
	 */
	@Test
	void aParticipantReopenedWhileTheJobRunsIsNotErased() throws Exception {
		CompletableFuture<RetentionJob.Outcome> run;
		try (Connection other = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = other.createStatement()) {
			other.setAutoCommit(false);
			statement.executeUpdate("UPDATE participant SET status = 'INCLUDED', exited_on = NULL, exit_reason = NULL, "
					+ "version = version + 1 WHERE id = " + this.ola);
			run = CompletableFuture.supplyAsync(() -> this.job.run(on(2024, 1, 1)));
			long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (count("SELECT count(*) FROM pg_locks WHERE NOT granted") == 0 && System.nanoTime() < waitUntil) {
				Thread.sleep(20);
			}
			assertThat(count("SELECT count(*) FROM pg_locks WHERE NOT granted")).as("the job waits for the reopening")
				.isPositive();
			other.commit();
		}
		assertThat(run.get(30, TimeUnit.SECONDS).erased()).containsExactly(this.kari);
		assertThat(count("SELECT count(*) FROM participant_erasure WHERE participant_id = " + this.ola)).isZero();
		assertThat(this.fixture.textsWith(this.ola, "OLAMARK")).hasSize(ErasureFixture.ROWS.size() - 1);
	}

	private int version(long participant) {
		return this.owner.queryForObject("SELECT version FROM participant WHERE id = ?", Integer.class, participant);
	}

	private long count(String sql) {
		return this.owner.queryForObject(sql, Long.class);
	}

}
