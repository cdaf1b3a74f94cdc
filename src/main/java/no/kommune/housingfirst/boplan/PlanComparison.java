package no.kommune.housingfirst.boplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed from one version of a plan to another: the plan's own fields, and goals
 * added, removed, reworded, their status changed or their details changed. Goals are
 * matched by their key, so a reworded goal is not taken for a new one.
 */
public record PlanComparison(List<String> changedFields, List<GoalChange> goals) {

	/** How a goal changed. */
	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * A goal's change. For {@link Kind#CHANGED}: whether it was reworded, whether its
	 * status changed, and which other details changed (message keys
	 * {@code boplan.goal.<detail>}).
	 */
	public record GoalChange(Kind kind, PlanGoal before, PlanGoal after, boolean reworded, boolean statusChanged,
			List<String> details) {

		public boolean added() {
			return this.kind == Kind.ADDED;
		}

		public boolean removed() {
			return this.kind == Kind.REMOVED;
		}

	}

	private static final Map<String, Function<PlanContent, Object>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("planDate", PlanContent::planDate);
		FIELDS.put("lastingHome", PlanContent::lastingHome);
		FIELDS.put("resources", PlanContent::resources);
		FIELDS.put("wantedServices", PlanContent::wantedServices);
		FIELDS.put("unwantedServices", PlanContent::unwantedServices);
		FIELDS.put("involved", PlanContent::involved);
		FIELDS.put("crisisSigns", PlanContent::crisisSigns);
		FIELDS.put("crisisHelps", PlanContent::crisisHelps);
		FIELDS.put("crisisContacts", PlanContent::crisisContacts);
		FIELDS.put("reviewOn", PlanContent::reviewOn);
		FIELDS.put("stepDown", PlanContent::stepDown);
	}

	private static final Map<String, Function<PlanGoal, Object>> DETAILS = new LinkedHashMap<>();

	static {
		DETAILS.put("area", PlanGoal::area);
		DETAILS.put("steps", PlanGoal::steps);
		DETAILS.put("responsible", (goal) -> List.of(goal.responsibleInOrder(), Objects.toString(goal.otherName())));
		DETAILS.put("targetDate", PlanGoal::targetDate);
		DETAILS.put("note", PlanGoal::note);
	}

	public static PlanComparison between(PlanContent before, PlanContent after) {
		List<String> fields = new ArrayList<>();
		FIELDS.forEach((name, value) -> {
			if (!Objects.equals(value.apply(before), value.apply(after))) {
				fields.add(name);
			}
		});
		Map<UUID, PlanGoal> earlier = new LinkedHashMap<>();
		before.goals().forEach((goal) -> earlier.put(goal.key(), goal));
		List<GoalChange> goals = new ArrayList<>();
		for (PlanGoal goal : after.goals()) {
			PlanGoal old = earlier.remove(goal.key());
			if (old == null) {
				goals.add(new GoalChange(Kind.ADDED, null, goal, false, false, List.of()));
				continue;
			}
			boolean reworded = !Objects.equals(old.wording(), goal.wording());
			boolean status = old.status() != goal.status();
			List<String> details = new ArrayList<>();
			DETAILS.forEach((name, value) -> {
				if (!Objects.equals(value.apply(old), value.apply(goal))) {
					details.add(name);
				}
			});
			if (reworded || status || !details.isEmpty()) {
				goals.add(new GoalChange(Kind.CHANGED, old, goal, reworded, status, List.copyOf(details)));
			}
		}
		earlier.values()
			.forEach((goal) -> goals.add(new GoalChange(Kind.REMOVED, goal, null, false, false, List.of())));
		return new PlanComparison(List.copyOf(fields), List.copyOf(goals));
	}

	public boolean unchanged() {
		return this.changedFields.isEmpty() && this.goals.isEmpty();
	}

}
