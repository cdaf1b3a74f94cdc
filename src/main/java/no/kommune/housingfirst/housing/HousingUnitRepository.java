package no.kommune.housingfirst.housing;

import org.springframework.data.jpa.repository.JpaRepository;

interface HousingUnitRepository extends JpaRepository<HousingUnit, Long> {

}
