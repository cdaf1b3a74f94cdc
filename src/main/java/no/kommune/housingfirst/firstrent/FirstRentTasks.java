package no.kommune.housingfirst.firstrent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import no.kommune.housingfirst.housing.FirstRentStatus;
import no.kommune.housingfirst.housing.LeaseCorrected;
import no.kommune.housingfirst.housing.LeaseSigned;
import no.kommune.housingfirst.housing.TenancyEnded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes NAV's first-rent tasks as leases are signed and tenancies end, and
 * tells the Bolig tab where each stands. The listeners run in the housing step's own
 * transaction (see ADR 0007): a lease and its task commit together, or neither does.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class FirstRentTasks implements FirstRentStatus {

	private final FirstRentTaskRepository tasks;

	private final Clock clock;

	FirstRentTasks(FirstRentTaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/** A lease gives NAV a task due on the lease start; a purchase gives none. */
	@EventListener
	void on(LeaseSigned lease) {
		if (lease.needsFirstRent()) {
			this.tasks.save(new FirstRentTask(lease));
		}
	}

	/**
	 * A corrected lease start moves the due day of a first rent NAV has not confirmed.
	 */
	@EventListener
	void on(LeaseCorrected corrected) {
		this.tasks.moveOpenDue(corrected.tenancyId(), corrected.startsOn());
	}

	/** A first rent NAV had not confirmed leaves the queue when the tenancy ends. */
	@EventListener
	void on(TenancyEnded ended) {
		this.tasks.cancelOpen(ended.tenancyId(), ended.endedOn());
	}

	@Override
	public Map<Long, Summary> forTenancies(Collection<Long> tenancyIds) {
		if (tenancyIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.tasks.findByTenancyIdIn(tenancyIds)
			.stream()
			.collect(Collectors.toMap(FirstRentTask::getTenancyId,
					(t) -> new Summary(t.getDueOn(), t.isConfirmed(), t.isOverdue(today), t.getCancelledOn(),
							(t.getPaidBy() == null) ? null : t.getPaidBy().name(), t.getPaidOn(), t.getAmountOre(),
							t.getReference(), t.getDepositGuaranteeGiven(),
							(t.getEstablishmentGrant() == null) ? null : t.getEstablishmentGrant().name(),
							t.getRentDeductionSetUp())));
	}

}
