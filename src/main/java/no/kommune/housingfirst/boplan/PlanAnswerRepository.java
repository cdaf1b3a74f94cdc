package no.kommune.housingfirst.boplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAnswerRepository extends JpaRepository<PlanAnswer, Long> {

	List<PlanAnswer> findByVersionIdOrderByIdDesc(long versionId);

	Optional<PlanAnswer> findBySubmissionKey(UUID submissionKey);

}
