package no.kommune.housingfirst.staff;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	/** Every team with its section, as summaries: no entity is loaded (issue 14). */
	@Query("select new no.kommune.housingfirst.staff.TeamSummary(t.id, t.name, s.id, s.name) "
			+ "from Team t join t.section s order by s.name, t.name")
	List<TeamSummary> findAllSummaries();

	@Query("select new no.kommune.housingfirst.staff.TeamSummary(t.id, t.name, s.id, s.name) "
			+ "from Team t join t.section s where t.id in :ids order by s.name, t.name")
	List<TeamSummary> findSummaries(Collection<Long> ids);

	@Query("select t.id from Team t where t.section.id in :sectionIds")
	Set<Long> findIdsBySectionIds(Collection<Long> sectionIds);

	boolean existsByNameIgnoreCase(String name);

	@Query("select t.name from Team t where t.id = :id")
	java.util.Optional<String> findNameById(long id);

}
