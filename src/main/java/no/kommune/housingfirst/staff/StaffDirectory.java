package no.kommune.housingfirst.staff;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.kommune.housingfirst.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of people: create with an initial password, change roles and teams,
 * deactivate. Every change is logged as a security event; each takes effect on the
 * person's next request because security reloads them every time.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private static final Logger securityLog = LoggerFactory.getLogger("housingfirst.security");

	public static final int PAGE_SIZE = 25;

	private final StaffMemberRepository members;

	private final SectionRepository sections;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final StaffCaseloads caseloads;

	private final JdbcClient jdbc;

	StaffDirectory(StaffMemberRepository members, SectionRepository sections, TeamRepository teams,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, StaffCaseloads caseloads, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.members = members;
		this.sections = sections;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.caseloads = caseloads;
	}

	/** One page of people; roles and teams arrive in batches, not one query per row. */
	public Page<StaffRow> search(String query, int page) {
		String term = "%" + ((query == null) ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
		return this.members.search(term, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")))
			.map(StaffRow::of);
	}

	public StaffMember get(long id) {
		return this.members.findWithMembershipsById(id).orElseThrow(() -> new NotFoundException("staff member"));
	}

	/** Names for display, in one query. */
	public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		namesAndStatusOf(ids).forEach((id, name) -> names.put(id, name.fullName()));
		return names;
	}

	/**
	 * Names of people and whether they are still active, in one query: lists that must
	 * show who is no longer there. Read as plain rows, not through the persistence
	 * context: dashboards ask for a hundred names at a time.
	 */
	public java.util.Map<Long, StaffName> namesAndStatusOf(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, StaffName> names = new java.util.HashMap<>();
		this.jdbc.sql("SELECT id, full_name, active FROM staff_member WHERE id IN (:ids)")
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> new StaffName(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list()
			.forEach((name) -> names.put(name.id(), name));
		return names;
	}

	/**
	 * Active caseworkers who belong to at least one of the teams, by name, each with all
	 * their teams; one query of plain rows (no entities for a dashboard's hundred).
	 */
	public List<StaffOption> caseworkersIn(java.util.Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, StaffOption> found = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT m.id, m.full_name, mt.team_id
				FROM staff_member m JOIN staff_member_team mt ON mt.staff_member_id = m.id
				WHERE m.active
				  AND EXISTS (SELECT 1 FROM staff_member_role r
				              WHERE r.staff_member_id = m.id AND r.role = 'CASEWORKER')
				  AND EXISTS (SELECT 1 FROM staff_member_team t
				              WHERE t.staff_member_id = m.id AND t.team_id IN (:teams))
				ORDER BY m.full_name, m.id, mt.team_id""").param("teams", Set.copyOf(teamIds)).query((rs) -> {
			StaffOption option = found.get(rs.getLong(1));
			if (option == null) {
				option = new StaffOption(rs.getLong(1), rs.getString(2), new HashSet<>());
				found.put(option.id(), option);
			}
			option.teamIds().add(rs.getLong(3));
		});
		return found.values()
			.stream()
			.map((option) -> new StaffOption(option.id(), option.fullName(), Set.copyOf(option.teamIds())))
			.toList();
	}

	/**
	 * Active people holding any of the roles (for instance whom a caretaker's task can be
	 * given to), by name; teams are not part of the answer.
	 */
	public List<StaffOption> activeWithAnyRole(
			java.util.Collection<no.kommune.housingfirst.shared.security.Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.members.findActiveWithAnyRole(Set.copyOf(roles))
			.stream()
			.map((m) -> new StaffOption(m.getId(), m.getFullName(), Set.of()))
			.toList();
	}

	public boolean isEmpty() {
		return this.members.count() == 0;
	}

	@Transactional
	public long create(NewStaffMember command, String actingUsername) {
		String username = command.username().strip().toLowerCase(Locale.ROOT);
		if (this.members.existsByUsername(username)) {
			throw new NameTakenException(username);
		}
		requireAcceptable(command.initialPassword(), username, command.fullName());
		StaffMember member = new StaffMember(username, command.fullName().strip(),
				this.passwordEncoder.encode(command.initialPassword()), command.passwordChangeRequired());
		member.assign(command.fullName().strip(), command.roles(), teams(command.teamIds()),
				sections(command.sectionIds()));
		long id = this.members.save(member).getId();
		securityLog.info("staff created user={} roles={} by={} passwordChangeRequired={}", username, command.roles(),
				actingUsername, command.passwordChangeRequired());
		return id;
	}

	@Transactional
	public void update(long id, StaffChanges changes, String actingUsername) {
		StaffMember member = get(id);
		if (member.getVersion() != changes.version()) {
			throw new StaleEditException();
		}
		member.assign(changes.fullName().strip(), changes.roles(), teams(changes.teamIds()),
				sections(changes.sectionIds()));
		securityLog.info("staff changed user={} roles={} teams={} sections={} by={}", member.getUsername(),
				changes.roles(), changes.teamIds(), changes.sectionIds(), actingUsername);
	}

	/**
	 * Signs the person out for good. Their active participants keep them as caseworker
	 * until a section leader reassigns them: the deactivation is not refused (someone who
	 * has left must lose access at once), the administrator's page says how many are
	 * left, and the section leaders find them on their list of participants who need a
	 * new caseworker.
	 */
	@Transactional
	public void deactivate(long id, String actingUsername) {
		StaffMember member = get(id);
		if (member.getUsername().equals(actingUsername)) {
			throw new IllegalArgumentException("Nobody deactivates themselves");
		}
		member.deactivate();
		int left = this.caseloads.activeCaseloadOf(id).stream().mapToInt(StaffCaseloads.TeamCaseload::total).sum();
		securityLog.info("staff deactivated user={} by={} activeParticipants={}", member.getUsername(), actingUsername,
				left);
	}

	@Transactional
	public void reactivate(long id, String actingUsername) {
		StaffMember member = get(id);
		member.reactivate();
		securityLog.info("staff reactivated user={} by={}", member.getUsername(), actingUsername);
	}

	/**
	 * An administrator sets a new password for someone who has forgotten theirs; the
	 * person must replace it at their next login, because the administrator knows it.
	 */
	@Transactional
	public void resetPassword(long id, String newPassword, String actingUsername) {
		StaffMember member = get(id);
		requireAcceptable(newPassword, member.getUsername(), member.getFullName());
		member.setPasswordForHolder(this.passwordEncoder.encode(newPassword));
		securityLog.info("password reset user={} by={} passwordChangeRequired=true", member.getUsername(),
				actingUsername);
	}

	private void requireAcceptable(String password, String username, String fullName) {
		List<String> problems = this.passwordPolicy.problems(password, username, fullName);
		if (!problems.isEmpty()) {
			throw new PasswordRejectedException(problems);
		}
	}

	private Set<Team> teams(Set<Long> ids) {
		List<Team> found = this.teams.findAllById(ids);
		if (found.size() != ids.size()) {
			throw new NotFoundException("team");
		}
		return new HashSet<>(found);
	}

	private Set<Section> sections(Set<Long> ids) {
		List<Section> found = this.sections.findAllById(ids);
		if (found.size() != ids.size()) {
			throw new NotFoundException("section");
		}
		return new HashSet<>(found);
	}

}
