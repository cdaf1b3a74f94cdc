package no.kommune.housingfirst.boplan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpAgreementRepository extends JpaRepository<FollowUpAgreement, Long> {

	Optional<FollowUpAgreement> findFirstByParticipantIdOrderByVersionNoDesc(long participantId);

	Optional<FollowUpAgreement> findBySubmissionKey(UUID submissionKey);

}
