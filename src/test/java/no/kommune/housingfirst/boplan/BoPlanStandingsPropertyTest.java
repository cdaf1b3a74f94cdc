package no.kommune.housingfirst.boplan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each participant's bo-plan and follow-up agreement stand
 * ({@code bo_plan_standing}, V044) equals what their rows say, worked out here in Java
 * from the raw rows, after 400 random changes with a fixed seed: new plan versions,
 * answers (agreed, declined, several to one version), follow-up agreements and meetings;
 * review dates, kinds and meeting days changed; agreements, meetings and versions moved
 * to another participant, answers to another version; rows deleted (as only the schema
 * owner can: an import, a restore).
 */
@ServerTest
class BoPlanStandingsPropertyTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final String[] KINDS = { "SIGNED_ON_PAPER", "AGREED_ORALLY", "DECLINED" };

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BoPlanStandingsRebuild rebuild;

	CurrentUser worker;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.worker = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.owner = this.database.owner();
	}

	@Test
	void theStandingsAreWhatThePlansAgreementsAndMeetingsSayAfterRandomChanges() {
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(this.participants.aParticipant().includedOn(TODAY.minusYears(2)).by(this.worker));
		}
		Random random = new Random(20261203);
		Map<String, Integer> done = new HashMap<>();
		for (int step = 0; step < 400; step++) {
			long person = people.get(random.nextInt(people.size()));
			String kind = switch (random.nextInt(12)) {
				case 0, 1 -> newVersion(random, person);
				case 2, 3 -> answer(random);
				case 4, 5 -> followUp(random, person);
				case 6 -> meeting(random, person);
				case 7 -> change(random);
				case 8 -> move(random, people);
				default -> delete(random);
			};
			done.merge(kind, 1, Integer::sum);
			if (step % 50 == 49) {
				assertThat(stored()).as("after step %d", step).isEqualTo(fromRows());
			}
		}
		assertThat(done.keySet()).contains("version", "answer", "follow-up", "meeting", "changed", "moved",
				"moved a version", "moved an answer", "deleted");
		assertThat(stored()).isEqualTo(fromRows());
		assertThat(stored()).hasSizeGreaterThan(3);
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
	}

	private String newVersion(Random random, long person) {
		int next = this.owner.queryForObject(
				"SELECT coalesce(max(version_no), 0) + 1 FROM bo_plan_version WHERE participant_id = ?", Integer.class,
				person);
		LocalDate on = TODAY.minusDays(random.nextInt(200));
		this.owner.update("""
				INSERT INTO bo_plan_version (participant_id, version_no, submission_key, plan_date, lasting_home,
				  review_on, created_by, created_at)
				VALUES (?, ?, ?, ?, 'Et trygt hjem', ?, ?, ?)""", person, next, UUID.randomUUID(), Date.valueOf(on),
				Date.valueOf(on.plusDays(random.nextInt(180))), this.worker.id(), Timestamp.from(Instant.now()));
		return "version";
	}

	private String answer(Random random) {
		Long version = any(random, "bo_plan_version");
		if (version == null) {
			return "nothing";
		}
		this.owner.update("""
				INSERT INTO bo_plan_agreement (version_id, submission_key, answered_on, kind, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?)""", version, UUID.randomUUID(), Date.valueOf(TODAY),
				KINDS[random.nextInt(KINDS.length)], this.worker.id(), Timestamp.from(Instant.now()));
		return "answer";
	}

	private String followUp(Random random, long person) {
		int next = this.owner.queryForObject(
				"SELECT coalesce(max(version_no), 0) + 1 FROM follow_up_agreement WHERE participant_id = ?",
				Integer.class, person);
		this.owner.update("""
				INSERT INTO follow_up_agreement (participant_id, version_no, submission_key, agreed_on,
				  unreachable_plan, kind, created_by, created_at)
				VALUES (?, ?, ?, ?, 'Ringer søster', ?, ?, ?)""", person, next, UUID.randomUUID(),
				Date.valueOf(TODAY.minusDays(random.nextInt(300))), KINDS[random.nextInt(KINDS.length)],
				this.worker.id(), Timestamp.from(Instant.now()));
		return "follow-up";
	}

	private String meeting(Random random, long person) {
		this.owner.update("""
				INSERT INTO bo_plan_needs_meeting (participant_id, submission_key, held_on, attendees, outcome,
				  created_by, created_at)
				VALUES (?, ?, ?, 'Deltaker, booppfølger', 'Ny avtale', ?, ?)""", person, UUID.randomUUID(),
				Date.valueOf(TODAY.minusDays(random.nextInt(100))), this.worker.id(), Timestamp.from(Instant.now()));
		return "meeting";
	}

	/** A review date, an answer's or an agreement's kind, or a meeting's day changed. */
	private String change(Random random) {
		int what = random.nextInt(4);
		String table = new String[] { "bo_plan_version", "bo_plan_agreement", "follow_up_agreement",
				"bo_plan_needs_meeting" }[what];
		Long id = any(random, table);
		if (id == null) {
			return "nothing";
		}
		switch (what) {
			case 0 -> this.owner.update("UPDATE bo_plan_version SET review_on = plan_date + ? WHERE id = ?",
					random.nextInt(200), id);
			case 1 -> this.owner.update("UPDATE bo_plan_agreement SET kind = ? WHERE id = ?",
					KINDS[random.nextInt(KINDS.length)], id);
			case 2 -> this.owner.update("UPDATE follow_up_agreement SET kind = ?, agreed_on = ? WHERE id = ?",
					KINDS[random.nextInt(KINDS.length)], Date.valueOf(TODAY.minusDays(random.nextInt(300))), id);
			default -> this.owner.update("UPDATE bo_plan_needs_meeting SET held_on = ? WHERE id = ?",
					Date.valueOf(TODAY.minusDays(random.nextInt(100))), id);
		}
		return "changed";
	}

	/**
	 * A follow-up agreement, a meeting or a plan version moved to another participant (as
	 * the latest version there), or an answer moved to another version.
	 */
	private String move(Random random, List<Long> people) {
		String table = new String[] { "follow_up_agreement", "bo_plan_needs_meeting", "bo_plan_version",
				"bo_plan_agreement" }[random.nextInt(4)];
		Long id = any(random, table);
		if (id == null) {
			return "nothing";
		}
		long to = people.get(random.nextInt(people.size()));
		if (table.equals("bo_plan_version")) {
			this.owner.update(
					"""
							UPDATE bo_plan_version SET participant_id = ?,
							  version_no = (SELECT coalesce(max(version_no), 0) + 1 FROM bo_plan_version WHERE participant_id = ?)
							WHERE id = ?""",
					to, to, id);
			return "moved a version";
		}
		if (table.equals("bo_plan_agreement")) {
			Long version = any(random, "bo_plan_version");
			this.owner.update("UPDATE bo_plan_agreement SET version_id = ? WHERE id = ?", version, id);
			return "moved an answer";
		}
		if (table.equals("follow_up_agreement")) {
			this.owner.update(
					"""
							UPDATE follow_up_agreement SET participant_id = ?,
							  version_no = (SELECT coalesce(max(version_no), 0) + 1 FROM follow_up_agreement WHERE participant_id = ?)
							WHERE id = ?""",
					to, to, id);
		}
		else {
			this.owner.update("UPDATE bo_plan_needs_meeting SET participant_id = ? WHERE id = ?", to, id);
		}
		return "moved";
	}

	/**
	 * An answer, a meeting, a follow-up agreement or a plan version (with its answers).
	 */
	private String delete(Random random) {
		int what = random.nextInt(4);
		String table = new String[] { "bo_plan_agreement", "bo_plan_needs_meeting", "follow_up_agreement",
				"bo_plan_version" }[what];
		Long id = any(random, table);
		if (id == null) {
			return "nothing";
		}
		if (what == 3) {
			this.owner.update("DELETE FROM bo_plan_agreement WHERE version_id = ?", id);
			this.owner.update("DELETE FROM bo_plan_goal WHERE version_id = ?", id);
		}
		this.owner.update("DELETE FROM " + table + " WHERE id = ?", id);
		return "deleted";
	}

	private Long any(Random random, String table) {
		List<Long> ids = this.owner.queryForList("SELECT id FROM " + table + " ORDER BY id", Long.class);
		return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
	}

	/** What the table holds, one line per participant. */
	private Map<Long, List<Object>> stored() {
		Map<Long, List<Object>> rows = new HashMap<>();
		this.jdbc.query("SELECT * FROM bo_plan_standing", (rs) -> {
			rows.put(rs.getLong("participant_id"),
					line(rs.getObject("review_on", LocalDate.class), rs.getBoolean("plan_agreed"),
							rs.getObject("agreed_on", LocalDate.class), rs.getObject("met_on", LocalDate.class)));
		});
		return rows;
	}

	private record Version(long id, long participant, int number, LocalDate reviewOn) {
	}

	/**
	 * The same from the raw rows: the latest version (highest number) and its latest
	 * answer (highest id), the earliest agreement not declined, the latest meeting.
	 */
	private Map<Long, List<Object>> fromRows() {
		Map<Long, Version> latest = new HashMap<>();
		this.jdbc.query("SELECT id, participant_id, version_no, review_on FROM bo_plan_version", (rs) -> {
			Version v = new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getDate(4).toLocalDate());
			latest.merge(v.participant(), v, (a, b) -> (a.number() > b.number()) ? a : b);
		});
		Map<Long, long[]> latestAnswer = new HashMap<>();
		this.jdbc.query("SELECT id, version_id, kind FROM bo_plan_agreement", (rs) -> {
			long[] answer = { rs.getLong(1), rs.getString(3).equals("DECLINED") ? 0 : 1 };
			latestAnswer.merge(rs.getLong(2), answer, (a, b) -> (a[0] > b[0]) ? a : b);
		});
		Map<Long, LocalDate> agreed = new HashMap<>();
		this.jdbc.query("SELECT participant_id, agreed_on, kind FROM follow_up_agreement", (rs) -> {
			if (!rs.getString(3).equals("DECLINED")) {
				agreed.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
			}
		});
		Map<Long, LocalDate> met = new HashMap<>();
		this.jdbc.query("SELECT participant_id, held_on FROM bo_plan_needs_meeting", (rs) -> {
			met.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
		});
		Map<Long, List<Object>> rows = new HashMap<>();
		Set<Long> participants = new HashSet<>(latest.keySet());
		participants.addAll(agreed.keySet());
		participants.addAll(met.keySet());
		for (long participant : participants) {
			Version version = latest.get(participant);
			long[] answer = (version != null) ? latestAnswer.get(version.id()) : null;
			rows.put(participant, line((version != null) ? version.reviewOn() : null, answer != null && answer[1] == 1,
					agreed.get(participant), met.get(participant)));
		}
		return rows;
	}

	private static List<Object> line(LocalDate reviewOn, boolean planAgreed, LocalDate agreedOn, LocalDate metOn) {
		List<Object> line = new ArrayList<>();
		line.add((reviewOn != null) ? reviewOn : "-");
		line.add(planAgreed);
		line.add((agreedOn != null) ? agreedOn : "-");
		line.add((metOn != null) ? metOn : "-");
		return line;
	}

}
