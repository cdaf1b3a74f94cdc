package no.kommune.housingfirst.housing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HousingUnitRepository extends JpaRepository<HousingUnit, Long> {

	Optional<HousingUnit> findBySubmissionKey(UUID submissionKey);

}
