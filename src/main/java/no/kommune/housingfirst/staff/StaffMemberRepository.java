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

}
