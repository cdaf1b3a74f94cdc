package no.kommune.housingfirst.fidelity;

/**
 * The five domains of the Pathways fidelity scale. Labels: {@code FidelityDomain.<NAME>}.
 */
public enum FidelityDomain {

	HOUSING_CHOICE, SEPARATION, PHILOSOPHY, SERVICE_ARRAY, TEAM

}
