package no.kommune.housingfirst.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRestrictionRepository extends JpaRepository<ParticipantRestriction, Long> {

	Optional<ParticipantRestriction> findBySubmissionKey(UUID submissionKey);

	Optional<ParticipantRestriction> findByLiftSubmissionKey(UUID liftSubmissionKey);

	Optional<ParticipantRestriction> findByParticipantIdAndLiftedAtIsNull(long participantId);

	List<ParticipantRestriction> findByParticipantIdOrderByRestrictedAtDescIdDesc(long participantId);

}
