package no.kommune.housingfirst.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of what a deactivation leaves behind. The participant module
 * counts (through {@link StaffCaseloads}); this service adds the team names and the
 * section leaders who reassign, so the administrator knows whom to tell without seeing a
 * single participant.
 */
@Service
@Transactional(readOnly = true)
public class StaffHandovers {

	private final StaffCaseloads caseloads;

	private final Organisation organisation;

	private final StaffMemberRepository members;

	StaffHandovers(StaffCaseloads caseloads, Organisation organisation, StaffMemberRepository members) {
		this.caseloads = caseloads;
		this.organisation = organisation;
		this.members = members;
	}

	public Handover of(long staffMemberId) {
		List<StaffCaseloads.TeamCaseload> loads = this.caseloads.activeCaseloadOf(staffMemberId);
		if (loads.isEmpty()) {
			return Handover.NONE;
		}
		Map<Long, TeamSummary> teams = this.organisation.teams()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, Function.identity()));
		Set<Long> sectionIds = loads.stream()
			.map((load) -> teams.get(load.teamId()).sectionId())
			.collect(Collectors.toSet());
		Map<Long, List<String>> leaders = this.members.findActiveSectionLeadersOf(sectionIds)
			.stream()
			.collect(Collectors.groupingBy(StaffMemberRepository.LeaderOfSection::getSectionId,
					Collectors.mapping(StaffMemberRepository.LeaderOfSection::getFullName, Collectors.toList())));
		List<Handover.TeamLine> lines = loads.stream().map((load) -> {
			TeamSummary team = teams.get(load.teamId());
			return new Handover.TeamLine(team.name(), team.sectionName(), load.asPrimary(), load.asSecondary(),
					leaders.getOrDefault(team.sectionId(), List.of()));
		}).sorted(Comparator.comparing(Handover.TeamLine::teamName)).toList();
		return new Handover(loads.stream().mapToInt(StaffCaseloads.TeamCaseload::total).sum(), lines);
	}

}
