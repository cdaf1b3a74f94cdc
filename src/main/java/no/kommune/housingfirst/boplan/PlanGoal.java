package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One goal of the plan, in the participant's own words. {@code key} stays the same from
 * version to version, so a comparison can tell a reworded goal from a new one.
 */
public record PlanGoal(UUID key, LifeArea area, String wording, String steps, Set<Responsible> responsible,
		String otherName, LocalDate targetDate, GoalStatus status, String note) {

	public PlanGoal {
		responsible = (responsible == null || responsible.isEmpty()) ? Set.of()
				: Set.copyOf(EnumSet.copyOf(responsible));
		otherName = responsible.contains(Responsible.OTHER) ? otherName : null;
	}

	/** Who does what, in the order the form lists them. */
	public java.util.List<Responsible> responsibleInOrder() {
		return this.responsible.stream().sorted().toList();
	}

}
