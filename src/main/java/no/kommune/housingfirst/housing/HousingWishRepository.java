package no.kommune.housingfirst.housing;

import org.springframework.data.jpa.repository.JpaRepository;

interface HousingWishRepository extends JpaRepository<HousingWish, Long> {

}
