package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {

	Optional<Visit> findBySubmissionKey(UUID submissionKey);

	Optional<Visit> findByIdAndParticipantId(long id, long participantId);

	@Query("select v from Visit v where v.participantId = :participantId and v.visitDate between :from and :to "
			+ "order by v.visitDate desc, v.id desc")
	List<Visit> findInPeriod(long participantId, LocalDate from, LocalDate to);

}
