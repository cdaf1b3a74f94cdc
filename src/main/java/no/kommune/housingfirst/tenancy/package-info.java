/**
 * Keeping the home: what happens in a tenancy after move-in. Complaints with a response
 * deadline in working days, damage, rent arrears with a failed rent deduction (NAV's own
 * queue, confirmed exactly once), a landlord's warning or notice to quit; and an early
 * warning when signs add up in a window, shown as its reasons, never as a score. The
 * housing service records and sees events on its units without the follow-up.
 */
@ApplicationModule(allowedDependencies = { "audit", "fit", "housing", "participant", "shared", "staff", "visitlog" })
package no.kommune.housingfirst.tenancy;

import org.springframework.modulith.ApplicationModule;
