/**
 * Weekly follow-up visits: at least one visit with contact per participant per ISO week
 * is the heart of Housing First follow-up. Logging from a phone, "Min uke", the history
 * by week with its gaps, and visit compliance for section leaders.
 */
@ApplicationModule(allowedDependencies = { "audit", "participant", "staff", "shared" })
package no.kommune.housingfirst.visitlog;

import org.springframework.modulith.ApplicationModule;
