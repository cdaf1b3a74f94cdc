package no.kommune.housingfirst.firstrent;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NAV's first rent as a section leader measures it (DOMAIN.md §6): tasks still open and
 * those overdue (the lease has started, NAV has not confirmed). Counts only, for the
 * teams of the leader's sections.
 */
@Service
@Transactional(readOnly = true)
public class FirstRentMeasures {

	/** Open first-rent tasks and how many of them are overdue today. */
	public record Counts(int open, int overdue) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FirstRentMeasures(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * For the teams asked that are in the section leader's sections, optionally one
	 * primary caseworker's participants.
	 */
	public Counts counts(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(user.hasRole(Role.SECTION_LEADER) ? user.sectionTeamIds() : Set.of());
		if (teams.isEmpty()) {
			return new Counts(0, 0);
		}
		return this.jdbc.queryForObject(
				"""
						SELECT count(*) AS open, count(*) FILTER (WHERE f.due_on < :today) AS overdue
						FROM first_rent_task f JOIN participant p ON p.id = f.participant_id
						WHERE p.team_id IN (:teams)"""
						+ ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId) + """
								AND f.confirmed_at IS NULL AND f.cancelled_on IS NULL""",
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT)
					.addValue("today", Date.valueOf(LocalDate.now(this.clock))),
				(rs, n) -> new Counts(rs.getInt("open"), rs.getInt("overdue")));
	}

	/**
	 * The participants behind {@link #counts}: open first-rent tasks, or only the overdue
	 * ones.
	 */
	public Set<Long> ids(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, boolean overdueOnly) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(user.hasRole(Role.SECTION_LEADER) ? user.sectionTeamIds() : Set.of());
		if (teams.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList(
				"""
						SELECT DISTINCT f.participant_id
						FROM first_rent_task f JOIN participant p ON p.id = f.participant_id
						WHERE p.team_id IN (:teams)"""
						+ ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId) + """
								AND f.confirmed_at IS NULL AND f.cancelled_on IS NULL
								AND (NOT :overdue OR f.due_on < :today)""",
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT)
					.addValue("today", Date.valueOf(LocalDate.now(this.clock)))
					.addValue("overdue", overdueOnly),
				Long.class));
	}

}
