package no.kommune.housingfirst.housing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DistrictRepository extends JpaRepository<District, Long> {

	@Query("select d from District d where lower(d.name) = lower(:name)")
	Optional<District> findByNameIgnoringCase(String name);

	Optional<District> findByName(String name);

	@Query("select d.name from District d order by d.name")
	List<String> findAllNames();

	@Query("select d.name from District d where d.active order by d.name")
	List<String> findActiveNames();

}
