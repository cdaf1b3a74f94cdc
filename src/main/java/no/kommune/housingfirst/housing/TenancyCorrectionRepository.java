package no.kommune.housingfirst.housing;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenancyCorrectionRepository extends JpaRepository<TenancyCorrection, Long> {

}
