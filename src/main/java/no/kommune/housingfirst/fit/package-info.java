/**
 * FIT feedback (Feedback-Informed Treatment, KOR): the participant rates how life goes
 * (ORS) at the start of a session and the session itself (SRS) at the end, on the
 * caseworker's phone. Raw scores, the clinical cutoff and reliable change only; no
 * licensed curves, no licensed item wording. Scores are health information: caseworkers
 * and section leaders only, every read and change audited.
 */
@ApplicationModule(allowedDependencies = { "audit", "participant", "staff", "shared", "visitlog" })
package no.kommune.housingfirst.fit;

import org.springframework.modulith.ApplicationModule;
