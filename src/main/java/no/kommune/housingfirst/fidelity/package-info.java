/**
 * The team's yearly Housing First fidelity self-assessment against the five domains of
 * the Pathways fidelity scale, items scored 1-4 with a domain mean and a total. The items
 * the app's data can answer (choice between units, scattered housing, days to housing,
 * visits, caseload) are pre-filled with the measured figure and a suggested score; the
 * team scores the rest. One per team and year, a draft until the section leader completes
 * it, and kept so the years can be compared. Counts only: no participant's record is
 * read.
 */
@ApplicationModule(allowedDependencies = { "housing", "participant", "shared", "staff", "visitlog" })
package no.kommune.housingfirst.fidelity;

import org.springframework.modulith.ApplicationModule;
