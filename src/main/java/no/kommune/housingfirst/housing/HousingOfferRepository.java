package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface HousingOfferRepository extends JpaRepository<HousingOffer, Long> {

	@EntityGraph(attributePaths = { "units", "units.unit" })
	List<HousingOffer> findByParticipantIdOrderByIdDesc(long participantId);

	Optional<HousingOffer> findByIdAndParticipantId(long id, long participantId);

	boolean existsByParticipantIdAndStatus(long participantId, OfferStatus status);

	boolean existsByParticipantId(long participantId);

}
