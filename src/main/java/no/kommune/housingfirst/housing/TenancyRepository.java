package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenancyRepository extends JpaRepository<Tenancy, Long> {

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "corrections")
	List<Tenancy> findByParticipantIdOrderByIdDesc(long participantId);

	Optional<Tenancy> findByIdAndParticipantId(long id, long participantId);

	boolean existsByAllocationId(long allocationId);

	boolean existsByParticipantIdAndEndedOnIsNull(long participantId);

}
