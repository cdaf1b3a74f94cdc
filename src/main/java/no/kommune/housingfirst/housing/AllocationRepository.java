package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

	@EntityGraph(attributePaths = "tasks")
	List<Allocation> findByParticipantIdOrderByIdDesc(long participantId);

	@EntityGraph(attributePaths = "tasks")
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	Optional<Allocation> findForMeetingByIdAndParticipantId(long id, long participantId);

	@EntityGraph(attributePaths = "tasks")
	Optional<Allocation> findByIdAndParticipantId(long id, long participantId);

}
