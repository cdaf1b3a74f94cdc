package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * What the follow-up agreement form starts from: the current agreement (null: none yet)
 * and its version (0: none). The consents shown come from the participant's record, the
 * one place they are kept.
 */
public record FollowUpDraft(ParticipantHeader header, int baseVersion, FollowUpTerms current) {
}
