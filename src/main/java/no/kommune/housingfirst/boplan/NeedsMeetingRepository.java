package no.kommune.housingfirst.boplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsMeetingRepository extends JpaRepository<NeedsMeeting, Long> {

	List<NeedsMeeting> findTop5ByParticipantIdOrderByHeldOnDescIdDesc(long participantId);

	Optional<NeedsMeeting> findBySubmissionKey(UUID submissionKey);

}
