package no.kommune.housingfirst.boplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAnswerRepository extends JpaRepository<PlanAnswer, Long> {

	List<PlanAnswer> findByVersionIdOrderByIdDesc(long versionId);

}
