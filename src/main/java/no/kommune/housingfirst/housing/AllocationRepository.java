package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

	@EntityGraph(attributePaths = "tasks")
	List<Allocation> findByParticipantIdOrderByIdDesc(long participantId);

	@EntityGraph(attributePaths = "tasks")
	Optional<Allocation> findByIdAndParticipantId(long id, long participantId);

}
