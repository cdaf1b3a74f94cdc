/**
 * The append-only audit trail: every read and change of a participant's record, allowed
 * or denied, and the participant's own access extract (innsyn i logg). Other modules add
 * their reads and writes with one call to {@link no.kommune.housingfirst.audit.AuditLog}.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package no.kommune.housingfirst.audit;

import org.springframework.modulith.ApplicationModule;
