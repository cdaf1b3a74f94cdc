package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

	@EntityGraph(attributePaths = "tasks")
	List<Allocation> findByParticipantIdOrderByIdDesc(long participantId);

	// No entity graph here: Hibernate would lock the fetched tasks too, and they have no
	// version. The tasks load lazily in the same transaction.
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	Optional<Allocation> findForMeetingByIdAndParticipantId(long id, long participantId);

	/**
	 * An allocation that is still waiting for its lease: not released, no tenancy signed.
	 */
	@Query("""
			select count(a) > 0 from Allocation a where a.participantId = :participantId and a.releasedOn is null
			and not exists (select t.id from Tenancy t where t.allocationId = a.id)""")
	boolean existsPending(long participantId);

	@Query("select a from Allocation a where a.id = (select t.allocationId from Tenancy t where t.id = :tenancyId)")
	Optional<Allocation> findByTenancyId(long tenancyId);

	@EntityGraph(attributePaths = "tasks")
	Optional<Allocation> findByIdAndParticipantId(long id, long participantId);

}
