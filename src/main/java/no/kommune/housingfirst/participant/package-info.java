/**
 * Participants (deltakere): inclusion, caseloads, the participant page and its header,
 * status from included to housed to exited. The hub other modules refer to by id. Who may
 * see which participant is decided in one place,
 * {@link no.kommune.housingfirst.participant.ParticipantAccess}, and enforced in every
 * query.
 */
@ApplicationModule(allowedDependencies = { "audit", "staff", "shared" })
package no.kommune.housingfirst.participant;

import org.springframework.modulith.ApplicationModule;
