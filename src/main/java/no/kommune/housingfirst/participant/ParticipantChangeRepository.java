package no.kommune.housingfirst.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantChangeRepository extends JpaRepository<ParticipantChange, Long> {

	List<ParticipantChange> findByParticipantIdOrderByIdDesc(long participantId);

}
