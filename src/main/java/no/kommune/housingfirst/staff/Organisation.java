package no.kommune.housingfirst.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sections and teams: the shape of the organisation every access rule builds on. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final SectionRepository sections;

	private final TeamRepository teams;

	Organisation(SectionRepository sections, TeamRepository teams) {
		this.sections = sections;
		this.teams = teams;
	}

	public List<SectionSummary> sections() {
		return this.sections.findAllByOrderByName().stream().map(Organisation::summary).toList();
	}

	public List<TeamSummary> teams() {
		return this.teams.findAllSummaries();
	}

	/**
	 * Only these teams, in the order of {@link #teams()}: a page that shows a few teams
	 * does not read them all (issue 14).
	 */
	public List<TeamSummary> teams(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.teams.findSummaries(Set.copyOf(ids));
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

	static SectionSummary summary(Section section) {
		return new SectionSummary(section.getId(), section.getName());
	}

}
