package no.kommune.housingfirst.housing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One task divided in the allocation meeting: who is responsible, and whether it is done.
 */
@Entity
@Table(name = "allocation_task")
public class AllocationTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "allocation_id")
	private Allocation allocation;

	@Enumerated(EnumType.STRING)
	private MeetingTask task;

	@Enumerated(EnumType.STRING)
	private Party responsible;

	private boolean done;

	protected AllocationTask() {
	}

	AllocationTask(Allocation allocation, MeetingTask task) {
		this.allocation = allocation;
		this.task = task;
	}

	void assign(Party responsible, boolean done) {
		this.responsible = responsible;
		this.done = done;
	}

	public MeetingTask getTask() {
		return this.task;
	}

	public Party getResponsible() {
		return this.responsible;
	}

	public boolean isDone() {
		return this.done;
	}

}
