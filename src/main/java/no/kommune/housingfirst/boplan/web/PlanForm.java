package no.kommune.housingfirst.boplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.boplan.Cadence;
import no.kommune.housingfirst.boplan.PlanContent;
import no.kommune.housingfirst.boplan.PlanGoal;
import no.kommune.housingfirst.boplan.StepDown;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The bo-plan form: a revision of the plan, saved as a new version. {@code key}
 * identifies this submission (a double submit saves one version); {@code baseVersion} is
 * the version the editor started from (0: the first plan), so a save on top of someone
 * else's newer version is refused. {@code goalAction} is a button that adds a goal row
 * ({@code add}) or removes one ({@code remove-<index>}) without saving.
 */
record PlanForm(String key, String baseVersion, String planDate, String lastingHome, String resources,
		String wantedServices, String unwantedServices, String involved, String crisisSigns, String crisisHelps,
		String crisisContacts, String reviewOn, String cadence, String cadenceFrom, String stepDownCriteria,
		String stepDownReconsiderOn, List<GoalRow> goals, String goalAction) {

	PlanForm {
		goals = (goals == null) ? List.of() : goals.stream().filter((row) -> row != null).toList();
	}

	static PlanForm of(int baseVersion, PlanContent c) {
		StepDown s = c.stepDown();
		return new PlanForm(UUID.randomUUID().toString(), String.valueOf(baseVersion), day(c.planDate()),
				text(c.lastingHome()), text(c.resources()), text(c.wantedServices()), text(c.unwantedServices()),
				text(c.involved()), text(c.crisisSigns()), text(c.crisisHelps()), text(c.crisisContacts()),
				day(c.reviewOn()), s.cadence().name(), day(s.from()), text(s.criteria()), day(s.reconsiderOn()),
				c.goals().stream().map(GoalRow::of).toList(), null);
	}

	/** A new plan's form offers one goal row to start from. */
	static PlanForm fresh(PlanContent start) {
		PlanForm form = of(0, start);
		return form.withGoals(List.of(GoalRow.empty()));
	}

	PlanForm withGoals(List<GoalRow> rows) {
		return new PlanForm(this.key, this.baseVersion, this.planDate, this.lastingHome, this.resources,
				this.wantedServices, this.unwantedServices, this.involved, this.crisisSigns, this.crisisHelps,
				this.crisisContacts, this.reviewOn, this.cadence, this.cadenceFrom, this.stepDownCriteria,
				this.stepDownReconsiderOn, rows, null);
	}

	PlanForm withBaseVersion(int version) {
		return new PlanForm(this.key, String.valueOf(version), this.planDate, this.lastingHome, this.resources,
				this.wantedServices, this.unwantedServices, this.involved, this.crisisSigns, this.crisisHelps,
				this.crisisContacts, this.reviewOn, this.cadence, this.cadenceFrom, this.stepDownCriteria,
				this.stepDownReconsiderOn, this.goals, null);
	}

	/** True when a goal button was pressed rather than save. */
	boolean goalActionAsked() {
		return this.goalAction != null && !this.goalAction.isBlank();
	}

	/**
	 * The form after its goal button: a row added at the end, or the named row removed.
	 * Returns the index of the row to focus afterwards (-1: the add button).
	 */
	PlanForm afterGoalAction() {
		List<GoalRow> rows = new ArrayList<>(this.goals);
		String action = this.goalAction.strip();
		if ("add".equals(action) && rows.size() < no.kommune.housingfirst.boplan.BoPlanService.MAX_GOALS) {
			rows.add(GoalRow.empty());
		}
		else if (action.startsWith("remove-")) {
			try {
				int index = Integer.parseInt(action.substring("remove-".length()));
				if (index >= 0 && index < rows.size()) {
					rows.remove(index);
				}
			}
			catch (NumberFormatException ex) {
				// Not a row: nothing to remove.
			}
		}
		return withGoals(rows);
	}

	/**
	 * The row to focus after a goal button: the added row, or the one before a removed
	 * row.
	 */
	int focusAfter(PlanForm before) {
		if (this.goals.size() > before.goals.size()) {
			return this.goals.size() - 1;
		}
		String action = before.goalAction.strip();
		try {
			int removed = Integer.parseInt(action.substring("remove-".length()));
			return Math.min(removed, this.goals.size()) - 1;
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	/** The plan, or null when something is wrong (then {@code errors} says what). */
	PlanContent content(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate date = in.date("planDate", this.planDate, true);
		String home = in.text("lastingHome", this.lastingHome, true, 4000);
		String strengths = in.text("resources", this.resources, false, 4000);
		String wanted = in.text("wantedServices", this.wantedServices, false, 2000);
		String unwanted = in.text("unwantedServices", this.unwantedServices, false, 2000);
		String who = in.text("involved", this.involved, false, 2000);
		String signs = in.text("crisisSigns", this.crisisSigns, false, 2000);
		String helps = in.text("crisisHelps", this.crisisHelps, false, 2000);
		String contacts = in.text("crisisContacts", this.crisisContacts, false, 2000);
		LocalDate review = in.date("reviewOn", this.reviewOn, true);
		Cadence pace = in.choice("cadence", this.cadence, Cadence.class, false);
		StepDown stepDown = StepDown.WEEKLY;
		if (pace != null && pace != Cadence.WEEKLY) {
			LocalDate from = in.date("cadenceFrom", this.cadenceFrom, true);
			String criteria = in.text("stepDownCriteria", this.stepDownCriteria, true, 2000);
			LocalDate reconsider = in.date("stepDownReconsiderOn", this.stepDownReconsiderOn, false);
			stepDown = new StepDown(pace, from, criteria, reconsider);
		}
		if (date != null && review != null && review.isBefore(date)) {
			in.reject("reviewOn", "boplan.rule.reviewBeforePlan");
		}
		List<PlanGoal> planned = new ArrayList<>();
		for (int i = 0; i < this.goals.size(); i++) {
			planned.add(this.goals.get(i).goal(in, i));
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new PlanContent(date, home, strengths, wanted, unwanted, who, signs, helps, contacts, review, stepDown,
				planned);
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	int baseVersionOrMinusOne() {
		return FormInput.version(this.baseVersion);
	}

	private static String day(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
