package no.kommune.housingfirst.boplan;

/** Where a goal stands. Labels: {@code GoalStatus.<NAME>}. */
public enum GoalStatus {

	NOT_STARTED, IN_PROGRESS, REACHED, CLOSED

}
