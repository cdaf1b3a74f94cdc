package no.kommune.housingfirst.housing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

	List<Allocation> findByParticipantIdOrderByIdDesc(long participantId);

}
