/**
 * Technical building blocks every feature module uses: security and the route policy, web
 * helpers, time, errors, and the database set-up for trial mode and tests. Holds no
 * domain.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.kommune.housingfirst.shared;

import org.springframework.modulith.ApplicationModule;
