package no.kommune.housingfirst.boplan.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.boplan.GoalStatus;
import no.kommune.housingfirst.boplan.LifeArea;
import no.kommune.housingfirst.boplan.PlanGoal;
import no.kommune.housingfirst.boplan.Responsible;
import no.kommune.housingfirst.shared.web.FormInput;

/**
 * One goal row of the plan form, as typed. {@code key} keeps the goal's identity from
 * version to version; a new row gets a new one.
 */
record GoalRow(String key, String area, String wording, String steps, List<String> responsible, String otherName,
		String targetDate, String status, String note) {

	static GoalRow empty() {
		return new GoalRow(UUID.randomUUID().toString(), "", "", "", List.of(), "", "", GoalStatus.NOT_STARTED.name(),
				"");
	}

	static GoalRow of(PlanGoal goal) {
		return new GoalRow(goal.key().toString(), goal.area().name(), goal.wording(), text(goal.steps()),
				goal.responsibleInOrder().stream().map(Enum::name).toList(), text(goal.otherName()),
				(goal.targetDate() != null) ? goal.targetDate().toString() : "", goal.status().name(),
				text(goal.note()));
	}

	public boolean chose(Responsible who) {
		return this.responsible != null && this.responsible.contains(who.name());
	}

	/** The goal, or null with the errors next to the row's fields. */
	PlanGoal goal(FormInput in, int index) {
		String prefix = "goals[" + index + "].";
		LifeArea lifeArea = in.choice(prefix + "area", this.area, LifeArea.class, true);
		String words = in.text(prefix + "wording", this.wording, true, 1000);
		String stepText = in.text(prefix + "steps", this.steps, false, 2000);
		Set<Responsible> who = EnumSet.noneOf(Responsible.class);
		if (this.responsible != null) {
			for (String value : this.responsible) {
				Responsible one = in.choice(prefix + "responsible", value, Responsible.class, false);
				if (one != null) {
					who.add(one);
				}
			}
		}
		if (who.isEmpty()) {
			in.reject(prefix + "responsible", "boplan.rule.responsible");
		}
		String other = in.text(prefix + "otherName", this.otherName, who.contains(Responsible.OTHER), 200);
		var target = in.date(prefix + "targetDate", this.targetDate, false);
		GoalStatus goalStatus = in.choice(prefix + "status", this.status, GoalStatus.class, true);
		String noteText = in.text(prefix + "note", this.note, false, 1000);
		return new PlanGoal(goalKey(), lifeArea, words, stepText, who, other, target, goalStatus, noteText);
	}

	private UUID goalKey() {
		UUID key = FormInput.submissionKey(this.key);
		return (key != null) ? key : UUID.randomUUID();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
