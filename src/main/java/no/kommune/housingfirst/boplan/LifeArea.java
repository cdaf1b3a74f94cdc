package no.kommune.housingfirst.boplan;

/**
 * BrukerPlan's eight life areas, in the order the plan shows them. Labels:
 * {@code LifeArea.<NAME>}.
 */
public enum LifeArea {

	HOUSING, FINANCES, MENTAL_HEALTH, PHYSICAL_HEALTH, SUBSTANCE_USE, SOCIAL_FUNCTIONING, NETWORK, WORK_ACTIVITY

}
