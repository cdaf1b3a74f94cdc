package no.kommune.housingfirst.fit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FitSessionRepository extends JpaRepository<FitSession, Long> {

	Optional<FitSession> findBySubmissionKey(UUID submissionKey);

	Optional<FitSession> findByIdAndParticipantId(long id, long participantId);

	@Query("select s from FitSession s where s.participantId = :participantId order by s.sessionDate, s.id")
	List<FitSession> findSeries(long participantId);

}
