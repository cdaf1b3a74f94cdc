package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.kommune.housingfirst.shared.db.EnumSetText;

/** A goal as a row of {@code bo_plan_goal}, part of one plan version. */
@Embeddable
class StoredGoal {

	private UUID goalKey;

	@Enumerated(EnumType.STRING)
	private LifeArea lifeArea;

	private String wording;

	private String steps;

	@Convert(converter = ResponsibleText.class)
	private Set<Responsible> responsible;

	private String otherName;

	private LocalDate targetDate;

	@Enumerated(EnumType.STRING)
	private GoalStatus status;

	private String note;

	protected StoredGoal() {
	}

	StoredGoal(PlanGoal goal) {
		this.goalKey = goal.key();
		this.lifeArea = goal.area();
		this.wording = goal.wording();
		this.steps = goal.steps();
		this.responsible = goal.responsible();
		this.otherName = goal.otherName();
		this.targetDate = goal.targetDate();
		this.status = goal.status();
		this.note = goal.note();
	}

	PlanGoal goal() {
		return new PlanGoal(this.goalKey, this.lifeArea, this.wording, this.steps, this.responsible, this.otherName,
				this.targetDate, this.status, this.note);
	}

	@Converter
	static class ResponsibleText extends EnumSetText<Responsible> {

		ResponsibleText() {
			super(Responsible.class);
		}

	}

}
