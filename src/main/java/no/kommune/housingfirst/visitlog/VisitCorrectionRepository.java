package no.kommune.housingfirst.visitlog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitCorrectionRepository extends JpaRepository<VisitCorrection, Long> {

	List<VisitCorrection> findByVisitIdOrderByIdAsc(long visitId);

	@Query("select distinct c.visitId from VisitCorrection c where c.visitId in :visitIds")
	Set<Long> findCorrectedVisitIds(Collection<Long> visitIds);

}
