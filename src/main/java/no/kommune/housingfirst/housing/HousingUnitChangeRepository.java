package no.kommune.housingfirst.housing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HousingUnitChangeRepository extends JpaRepository<HousingUnitChange, Long> {

	List<HousingUnitChange> findByUnitIdOrderByChangedAtDescIdAsc(long unitId);

}
