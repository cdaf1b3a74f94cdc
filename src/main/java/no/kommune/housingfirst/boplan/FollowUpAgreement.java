package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of a participant's follow-up agreement. Written once; a correction or a
 * renewed agreement is the next version.
 */
@Entity
@Immutable
@Table(name = "follow_up_agreement")
class FollowUpAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private int versionNo;

	private UUID submissionKey;

	private LocalDate agreedOn;

	private String visitArrangement;

	private String unreachablePlan;

	private String crisisContacts;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private String comment;

	private long createdBy;

	private Instant createdAt;

	protected FollowUpAgreement() {
	}

	FollowUpAgreement(long participantId, int versionNo, UUID submissionKey, FollowUpTerms terms, long createdBy,
			Instant createdAt) {
		this.participantId = participantId;
		this.versionNo = versionNo;
		this.submissionKey = submissionKey;
		this.agreedOn = terms.agreedOn();
		this.visitArrangement = terms.visitArrangement();
		this.unreachablePlan = terms.unreachablePlan();
		this.crisisContacts = terms.crisisContacts();
		this.kind = terms.kind();
		this.comment = terms.comment();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	FollowUpTerms terms() {
		return new FollowUpTerms(this.agreedOn, this.visitArrangement, this.unreachablePlan, this.crisisContacts,
				this.kind, this.comment);
	}

	Long getId() {
		return this.id;
	}

	long getParticipantId() {
		return this.participantId;
	}

	int getVersionNo() {
		return this.versionNo;
	}

	long getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
