package no.kommune.housingfirst.staff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findAllByOrderByName();

	boolean existsByNameIgnoreCase(String name);

}
