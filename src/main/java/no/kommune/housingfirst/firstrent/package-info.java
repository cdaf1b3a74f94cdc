/**
 * NAV's first rent: the task a signed lease gives NAV, NAV's queue and its exactly-once
 * confirmation (paid by NAV or by the participant, deposit guarantee, establishment
 * grant, rent deduction). Listens to housing's events; NAV sees nothing of the follow-up.
 */
@ApplicationModule(allowedDependencies = { "housing", "audit", "participant", "shared" })
package no.kommune.housingfirst.firstrent;

import org.springframework.modulith.ApplicationModule;
