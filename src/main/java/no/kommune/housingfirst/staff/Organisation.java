package no.kommune.housingfirst.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sections and teams: the shape of the organisation every access rule builds on. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final SectionRepository sections;

	private final TeamRepository teams;

	private final JdbcClient jdbc;

	/**
	 * Every team with its section, by section and team name. Read as plain rows, never
	 * entities: every page's access rule and menu asks (issue 14).
	 */
	private static final String TEAMS = """
			SELECT t.id, t.name, s.id AS section_id, s.name AS section_name
			FROM team t JOIN section s ON s.id = t.section_id %s
			ORDER BY s.name, t.name, t.id""";

	Organisation(SectionRepository sections, TeamRepository teams, JdbcClient jdbc) {
		this.sections = sections;
		this.teams = teams;
		this.jdbc = jdbc;
	}

	public List<SectionSummary> sections() {
		return this.jdbc.sql("SELECT id, name FROM section ORDER BY name, id")
			.query((rs, n) -> new SectionSummary(rs.getLong(1), rs.getString(2)))
			.list();
	}

	public List<TeamSummary> teams() {
		return this.jdbc.sql(TEAMS.formatted("")).query(Organisation::team).list();
	}

	/**
	 * Only these teams, in the order of {@link #teams()}: a page that shows a few teams
	 * does not read them all (issue 14).
	 */
	public List<TeamSummary> teams(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: this.jdbc.sql(TEAMS.formatted("WHERE t.id IN (:ids)"))
					.param("ids", Set.copyOf(ids))
					.query(Organisation::team)
					.list();
	}

	private static TeamSummary team(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TeamSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
	}

	/** These teams' names by id. */
	public Map<Long, String> teamNames(Collection<Long> ids) {
		return teams(ids).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
	}

	/** One team's name, for a page that shows only that (not the whole list). */
	public String teamName(long teamId) {
		return this.teams.findNameById(teamId).orElse("");
	}

	public Set<Long> teamIdsOfSections(Collection<Long> sectionIds) {
		return sectionIds.isEmpty() ? Set.of() : this.teams.findIdsBySectionIds(sectionIds);
	}

	public boolean isEmpty() {
		return this.sections.count() == 0;
	}

	@Transactional
	public long createSection(String name) {
		String trimmed = name.strip();
		if (this.sections.existsByNameIgnoreCase(trimmed)) {
			throw new NameTakenException(trimmed);
		}
		return this.sections.save(new Section(trimmed)).getId();
	}

	@Transactional
	public long createTeam(long sectionId, String name) {
		String trimmed = name.strip();
		Section section = this.sections.findById(sectionId).orElseThrow(() -> new NotFoundException("section"));
		if (this.teams.existsByNameIgnoreCase(trimmed)) {
			throw new NameTakenException(trimmed);
		}
		return this.teams.save(new Team(section, trimmed)).getId();
	}

}
