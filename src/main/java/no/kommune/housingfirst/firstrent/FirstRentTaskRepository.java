package no.kommune.housingfirst.firstrent;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FirstRentTaskRepository extends JpaRepository<FirstRentTask, Long> {

	List<FirstRentTask> findByTenancyIdIn(java.util.Collection<Long> tenancyIds);

	/** The lease start was corrected before NAV confirmed: the task is due then. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update FirstRentTask t set t.dueOn = :due
			where t.tenancyId = :tenancyId and t.confirmedAt is null and t.cancelledOn is null""")
	int moveOpenDue(@Param("tenancyId") long tenancyId, @Param("due") LocalDate due);

	/** The tenancy ended before NAV confirmed: the task leaves NAV's queue. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update FirstRentTask t set t.cancelledOn = :on
			where t.tenancyId = :tenancyId and t.confirmedAt is null and t.cancelledOn is null""")
	int cancelOpen(@Param("tenancyId") long tenancyId, @Param("on") LocalDate on);

}
