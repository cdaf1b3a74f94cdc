package no.kommune.housingfirst.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, Long> {

	boolean existsByNameIgnoreCase(String name);

}
