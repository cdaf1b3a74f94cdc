package no.kommune.housingfirst.staff;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

	@EntityGraph(attributePaths = { "roles", "teams", "sections" })
	Optional<StaffMember> findByUsername(String username);

	@EntityGraph(attributePaths = { "roles", "teams", "sections" })
	@Query("select m from StaffMember m where m.id = :id")
	Optional<StaffMember> findWithMembershipsById(Long id);

	/**
	 * One page of people; roles and memberships come in batches
	 * (default_batch_fetch_size).
	 */
	@Query("select m from StaffMember m where lower(m.username) like :term or lower(m.fullName) like :term")
	Page<StaffMember> search(String term, Pageable pageable);

	boolean existsByUsername(String username);

	/** Active section leaders of any of the sections, with the section they lead. */
	@Query("select s.id as sectionId, m.fullName as fullName from StaffMember m join m.sections s join m.roles r "
			+ "where m.active = true and r = no.kommune.housingfirst.shared.security.Role.SECTION_LEADER "
			+ "and s.id in :sectionIds order by m.fullName")
	java.util.List<LeaderOfSection> findActiveSectionLeadersOf(java.util.Collection<Long> sectionIds);

	/** Active people holding any of the roles, by name. */
	@Query("select distinct m from StaffMember m join m.roles r where m.active = true and r in :roles "
			+ "order by m.fullName")
	java.util.List<StaffMember> findActiveWithAnyRole(
			java.util.Collection<no.kommune.housingfirst.shared.security.Role> roles);

	interface LeaderOfSection {

		Long getSectionId();

		String getFullName();

	}

}
