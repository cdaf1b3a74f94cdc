package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * What the revision form starts from: the current version's content (or a fresh plan
 * dated today), and the version it revises (0: none yet).
 */
public record PlanDraft(ParticipantHeader header, int baseVersion, PlanContent start) {
}
