/**
 * The section leader's caseload dashboard (DOMAIN.md §6): caseloads, weekly visit
 * compliance, direct client time, days to housing, housing stability, allocation
 * meetings, NAV's first rent, bo-plans, FIT, re-housings and exits, for the sections the
 * leader leads. Read-only: composed from the other modules' query methods, never their
 * repositories.
 */
@ApplicationModule(allowedDependencies = { "audit", "boplan", "firstrent", "fit", "housing", "participant", "staff",
		"shared", "tenancy", "visitlog" })
package no.kommune.housingfirst.caseload;

import org.springframework.modulith.ApplicationModule;
