/**
 * The participant's survey (brukerundersøkelse): how satisfied the participant is with
 * the housing process, the home and the follow-up, a handful of questions on a 1-5 scale
 * that may each be skipped, and one free-text answer. Answered on the caseworker's phone
 * or on paper. A response is tied to the participant only to save it once and to know the
 * team: nobody reads one participant's answers back; the section leader sees aggregates
 * per team and period, with fewer than five answers never shown.
 */
@ApplicationModule(allowedDependencies = { "audit", "caseload", "participant", "shared", "staff" })
package no.kommune.housingfirst.survey;

import org.springframework.modulith.ApplicationModule;
