package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one version of a bo-plan says: the participant's own words first, then the goals
 * per life area, the review date and the agreed visit cadence.
 */
public record PlanContent(LocalDate planDate, String lastingHome, String resources, String wantedServices,
		String unwantedServices, String involved, String crisisSigns, String crisisHelps, String crisisContacts,
		LocalDate reviewOn, StepDown stepDown, List<PlanGoal> goals) {

	/** A life area with its goals, as the plan shows them. */
	public record AreaGoals(LifeArea area, List<PlanGoal> goals) {
	}

	public PlanContent {
		stepDown = (stepDown == null) ? StepDown.WEEKLY : stepDown;
		goals = (goals == null) ? List.of() : List.copyOf(goals);
	}

	/** The areas that have goals, in BrukerPlan's order; areas with none are absent. */
	public List<AreaGoals> goalsByArea() {
		List<AreaGoals> areas = new ArrayList<>();
		for (LifeArea area : LifeArea.values()) {
			List<PlanGoal> inArea = this.goals.stream().filter((goal) -> goal.area() == area).toList();
			if (!inArea.isEmpty()) {
				areas.add(new AreaGoals(area, inArea));
			}
		}
		return areas;
	}

	public boolean hasCrisisPlan() {
		return this.crisisSigns != null || this.crisisHelps != null || this.crisisContacts != null;
	}

}
