package no.kommune.housingfirst.participant;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseload lists and search. One SQL statement for the page and one for the count, both
 * filtered by the teams the user may see; names of caseworkers and teams come in one
 * batch each, so a page costs the same few queries whatever its length.
 */
@Service
@Transactional
public class ParticipantDirectory {

	public static final int PAGE_SIZE = 25;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final Clock clock;

	ParticipantDirectory(NamedParameterJdbcTemplate jdbc, AuditLog audit, StaffDirectory staff,
			Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.staff = staff;
		this.organisation = organisation;
		this.clock = clock;
	}

	public Page<ParticipantRow> page(CurrentUser user, ParticipantSearch search) {
		PageRequest request = PageRequest.of(search.page(), PAGE_SIZE);
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		if (teams.isEmpty()) {
			return Page.empty(request);
		}
		return fetch(user, query(user, search, teams), request);
	}

	/**
	 * Participants by id, of those only the ones the user may see, sorted by name: one
	 * page, for the list behind a figure. Audited as a list shown.
	 */
	public Page<ParticipantRow> rowsOf(CurrentUser user, java.util.Collection<Long> ids, PageRequest request) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		if (teams.isEmpty() || ids.isEmpty()) {
			return Page.empty(request);
		}
		String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
		return fetch(user, new Query(
				" WHERE p.team_id IN (:teams) AND " + ParticipantAccess.unrestricted("p")
						+ " AND p.id = ANY(CAST(string_to_array(:ids, ',') AS BIGINT[]))",
				" ORDER BY p.full_name, p.id",
				ParticipantAccess.restrictionParams(
						new MapSqlParameterSource("teams", teams).addValue("ids", list).addValue("me", user.id()),
						user)),
				request);
	}

	private Page<ParticipantRow> fetch(CurrentUser user, Query query, PageRequest request) {
		Long total = this.jdbc.queryForObject(query.countSql(), query.params(), Long.class);
		List<Row> rows = this.jdbc.query(query.pageSql(request), query.params(),
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("full_name"), rs.getDate("birth_date").toLocalDate(),
						ParticipantStatus.valueOf(rs.getString("status")), rs.getDate("included_on").toLocalDate(),
						rs.getLong("team_id"), rs.getLong("primary_caseworker_id"), rs.getBoolean("mine"),
						rs.getBoolean("restricted")));
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		Map<Long, String> names = this.staff
			.namesOf(rows.stream().map(Row::primaryCaseworkerId).collect(Collectors.toSet()));
		Map<Long, String> teamNames = this.organisation
			.teamNames(rows.stream().map(Row::teamId).collect(Collectors.toSet()));
		LocalDate today = LocalDate.now(this.clock);
		List<ParticipantRow> content = rows.stream()
			.map((r) -> new ParticipantRow(r.id(), r.fullName(), r.birthDate(),
					Period.between(r.birthDate(), today).getYears(), r.status(), r.includedOn(),
					teamNames.get(r.teamId()), names.get(r.primaryCaseworkerId()), r.mine(), r.restricted()))
			.toList();
		return new PageImpl<>(content, request, (total == null) ? 0 : total);
	}

	/**
	 * The user's own participants (primary or secondary caseworker) who were active at
	 * some time between the two dates, for "Min uke".
	 */
	public List<ActiveParticipant> caseloadOf(CurrentUser user, LocalDate from, LocalDate to) {
		return active(user, ParticipantAccess.visibleTeams(user), null, from, to, true);
	}

	/**
	 * Every participant of the teams asked that the user may see who was active at some
	 * time between the dates; optionally only one primary caseworker's.
	 */
	public List<ActiveParticipant> activeBetween(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId,
			LocalDate from, LocalDate to) {
		return active(user, teamsAsked, caseworkerId, from, to, false);
	}

	private List<ActiveParticipant> active(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from,
			LocalDate to, boolean ownOnly) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = ParticipantAccess
			.restrictionParams(new MapSqlParameterSource("teams", teams).addValue("me", user.id())
				.addValue("from", Date.valueOf(from))
				.addValue("to", Date.valueOf(to))
				.addValue("caseworker", caseworkerId, java.sql.Types.BIGINT), user);
		String own = (ownOnly ? " AND (p.primary_caseworker_id = :me OR p.secondary_caseworker_id = :me)" : "")
				+ ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId);
		List<ActiveParticipant> rows = this.jdbc.query(
				"SELECT p.id, p.full_name, p.team_id, p.primary_caseworker_id, p.status, p.active_since, p.exited_on "
						+ "FROM participant p WHERE p.team_id IN (:teams) AND " + ParticipantAccess.unrestricted("p")
						+ own + " AND p.active_since <= :to AND (p.exited_on IS NULL OR p.exited_on >= :from) "
						+ "ORDER BY p.search_name, p.id",
				params,
				(rs, n) -> new ActiveParticipant(rs.getLong("id"), rs.getString("full_name"), rs.getLong("team_id"),
						rs.getLong("primary_caseworker_id"), ParticipantStatus.valueOf(rs.getString("status")),
						// As LocalDate straight from the driver: no Calendar per date (a
						// compliance view maps over a thousand rows).
						rs.getObject("active_since", LocalDate.class), rs.getObject("exited_on", LocalDate.class)));
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		return rows;
	}

	public boolean isEmpty() {
		return Boolean.FALSE.equals(
				this.jdbc.getJdbcTemplate().queryForObject("SELECT EXISTS (SELECT 1 FROM participant)", Boolean.class));
	}

	/**
	 * The SQL a caseload page runs, with its parameters; also what the index test
	 * explains.
	 */
	Query query(CurrentUser user, ParticipantSearch search, Set<Long> teams) {
		StringBuilder where = new StringBuilder(
				" WHERE p.team_id IN (:teams) AND " + ParticipantAccess.unrestricted("p"));
		MapSqlParameterSource params = ParticipantAccess
			.restrictionParams(new MapSqlParameterSource("teams", teams).addValue("me", user.id()), user);
		if (search.status() != null) {
			where.append(" AND p.status = :status");
			params.addValue("status", search.status().name());
		}
		if (search.teamId() != null) {
			where.append(" AND p.team_id = :team");
			params.addValue("team", search.teamId());
		}
		if (search.caseworkerId() != null) {
			where.append(" AND (p.primary_caseworker_id = :caseworker OR p.secondary_caseworker_id = :caseworker)");
			params.addValue("caseworker", search.caseworkerId());
		}
		String text = (search.query() == null) ? "" : FormInput.withoutControlCharacters(search.query()).strip();
		LocalDate birthDate = FormInput.parseDate(text);
		if (birthDate != null) {
			where.append(" AND p.birth_date = :birthDate");
			params.addValue("birthDate", Date.valueOf(birthDate));
		}
		else if (!text.isEmpty()) {
			// Start of the whole name or of any word in it: "kari", "nordm", "kari n".
			String term = escapeLike(Participant.searchable(text));
			where.append(" AND (p.search_name LIKE :prefix OR p.search_name LIKE :wordPrefix)");
			params.addValue("prefix", term + "%").addValue("wordPrefix", "% " + term + "%");
		}
		String order = " ORDER BY mine DESC, " + search.sort().column + (search.descending() ? " DESC" : " ASC")
				+ ", p.id";
		return new Query(where.toString(), order, params);
	}

	record Query(String where, String order, MapSqlParameterSource params) {

		String countSql() {
			return "SELECT count(*) FROM participant p" + this.where;
		}

		String pageSql(PageRequest request) {
			return "SELECT p.id, p.full_name, p.birth_date, p.status, p.included_on, p.team_id, "
					+ "p.primary_caseworker_id, p.restricted, (p.primary_caseworker_id = :me OR p.secondary_caseworker_id IS NOT "
					+ "DISTINCT FROM :me) AS mine FROM participant p" + this.where + this.order + " LIMIT "
					+ request.getPageSize() + " OFFSET " + request.getOffset();
		}

	}

	private record Row(long id, String fullName, LocalDate birthDate, ParticipantStatus status, LocalDate includedOn,
			long teamId, long primaryCaseworkerId, boolean mine, boolean restricted) {
	}

	private static String escapeLike(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
