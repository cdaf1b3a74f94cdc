package no.kommune.housingfirst.participant;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantChangeRepository extends JpaRepository<ParticipantChange, Long> {

}
