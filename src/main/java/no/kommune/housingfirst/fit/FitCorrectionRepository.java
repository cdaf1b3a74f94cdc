package no.kommune.housingfirst.fit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FitCorrectionRepository extends JpaRepository<FitCorrection, Long> {

	List<FitCorrection> findBySessionIdOrderByIdAsc(long sessionId);

	@Query("select distinct c.sessionId from FitCorrection c where c.sessionId in :ids")
	Set<Long> findCorrectedSessionIds(Collection<Long> ids);

}
