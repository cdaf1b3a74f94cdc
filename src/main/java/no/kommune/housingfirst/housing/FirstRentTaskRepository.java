package no.kommune.housingfirst.housing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FirstRentTaskRepository extends JpaRepository<FirstRentTask, Long> {

	List<FirstRentTask> findByParticipantId(long participantId);

}
