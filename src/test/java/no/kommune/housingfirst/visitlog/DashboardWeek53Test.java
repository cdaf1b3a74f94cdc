package no.kommune.housingfirst.visitlog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's weekly figures across ISO week 53: on Wednesday 20 January 2021 the
 * last twelve complete weeks run from 2020-W44 to 2021-W02, and 2020-W53 (Monday 28
 * December to Sunday 3 January) is one week, though it spans two calendar years.
 *
 * <p>
 * Kari's visits to Anna (in follow-up since 1 October 2020): 28 December 30 min with
 * contact, 3 January 45 min without contact, 4 January 60 min with contact (2021-W01), 27
 * December 20 min (2020-W52), and 29 December 15 min voided (counts for nothing). Direct
 * time: W52 20, W53 75, 2021-W01 60. Compliance: W52, W53 and W01 visited with contact,
 * W02 not; she is on no missed list (one week without contact).
 */
@IntegrationTest
class DashboardWeek53Test {

	static final Clock WEDNESDAY_OF_2021_W03 = Clock
		.fixed(LocalDate.of(2021, 1, 20).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	@Autowired
	ParticipantDirectory participantDirectory;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ObjectProvider<VisitCadences> cadences;

	@Autowired
	TestStaff staff;

	@Autowired
	VisitRollupRebuild rollups;

	@Autowired
	TestParticipants participants;

	@Test
	void week53IsOneWeekAcrossTheNewYear() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser kari = this.staff.caseworker(team);
		CurrentUser leader = this.staff.sectionLeader(section);
		long anna = this.participants.aParticipant().named("Anna Årsskifte").by(kari);
		this.jdbc.update("UPDATE participant SET included_on = ?, active_since = ? WHERE id = ?",
				LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 1), anna);
		visit(anna, kari, LocalDate.of(2020, 12, 28), true, 30);
		visit(anna, kari, LocalDate.of(2021, 1, 3), false, 45);
		visit(anna, kari, LocalDate.of(2021, 1, 4), true, 60);
		visit(anna, kari, LocalDate.of(2020, 12, 27), true, 20);
		long voided = visit(anna, kari, LocalDate.of(2020, 12, 29), true, 15);
		this.jdbc.update("UPDATE visit SET voided_at = now(), voided_by = ?, void_reason = 'DUPLICATE' WHERE id = ?",
				kari.id(), voided);
		// Rows written in SQL bypass the visit log's events: the operator's rebuild
		// brings
		// them into the weekly roll-ups (three weeks: W52, W53 with two visits, W01; the
		// voided one nowhere) and the latest contact (4 January); the per-team roll-up
		// follows them (three rows, none found wrong).
		assertThat(this.rollups.rebuild()).isEqualTo(new VisitRollupRebuild.Result(3, 1, 3, 1, 3, 0));
		VisitCompliance compliance = new VisitCompliance(this.participantDirectory, this.named, this.organisation,
				this.staffDirectory, WEDNESDAY_OF_2021_W03, this.cadences);

		List<IsoWeek> weeks = compliance.lastCompleteWeeks();
		assertThat(weeks).hasSize(12);
		assertThat(weeks.get(0)).isEqualTo(new IsoWeek(2020, 44));
		assertThat(weeks.get(9)).isEqualTo(new IsoWeek(2020, 53));
		assertThat(weeks.get(11)).isEqualTo(new IsoWeek(2021, 2));
		assertThat(compliance.minutesPerCaseworker(leader, Set.of(team), null)).containsExactly(
				new VisitCompliance.CaseworkerMinutes(kari.id(), new IsoWeek(2020, 52), 20),
				new VisitCompliance.CaseworkerMinutes(kari.id(), new IsoWeek(2020, 53), 75),
				new VisitCompliance.CaseworkerMinutes(kari.id(), new IsoWeek(2021, 1), 60));

		VisitCompliance.Report report = compliance.report(leader, Set.of(team), kari.id());
		List<FollowUpWeeks.Cell> cells = report.lines().get(0).cells();
		assertThat(cells.get(8)).isEqualTo(new FollowUpWeeks.Cell(1, 1));
		assertThat(cells.get(9)).isEqualTo(new FollowUpWeeks.Cell(1, 1));
		assertThat(cells.get(10)).isEqualTo(new FollowUpWeeks.Cell(1, 1));
		assertThat(cells.get(11)).isEqualTo(new FollowUpWeeks.Cell(1, 0));
		assertThat(report.missed()).isEmpty();
		// Another caseworker's filter leaves Anna out.
		assertThat(compliance.report(leader, Set.of(team), kari.id() + 100_000).lines()).isEmpty();
	}

	private long visit(long participant, CurrentUser by, LocalDate date, boolean contact, int minutes) {
		return this.jdbc.queryForObject("""
				INSERT INTO visit (participant_id, visit_date, kind, contact, no_contact_reason, duration_minutes,
				                   submission_key, created_by)
				VALUES (?, ?, 'HOME_VISIT', ?, ?, ?, ?, ?) RETURNING id""", Long.class, participant, date, contact,
				contact ? null : "NOT_HOME", minutes, UUID.randomUUID(), by.id());
	}

}
