/**
 * The way into a home: the register of housing units, offers of two or three units the
 * participant chooses from, the allocation meeting within three working days, the lease
 * and move-in. Units are referred to by participants only by id.
 */
@ApplicationModule(allowedDependencies = { "audit", "participant", "shared" })
package no.kommune.housingfirst.housing;

import org.springframework.modulith.ApplicationModule;
