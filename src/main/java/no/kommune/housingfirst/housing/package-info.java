/**
 * The way into a home: the register of housing units, offers of two or three units the
 * participant chooses from, the allocation meeting within three working days, the lease
 * and move-in. Units are referred to by participants only by id. Also the municipality's
 * list of districts that units and wishes choose from, kept by administrators.
 */
@ApplicationModule(allowedDependencies = { "audit", "participant", "staff", "shared" })
package no.kommune.housingfirst.housing;

import org.springframework.modulith.ApplicationModule;
