package no.kommune.housingfirst.staff;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	@Query("select t.id from Team t where t.section.id in :sectionIds")
	Set<Long> findIdsBySectionIds(Collection<Long> sectionIds);

	boolean existsByNameIgnoreCase(String name);

	@Query("select t.name from Team t where t.id = :id")
	java.util.Optional<String> findNameById(long id);

}
