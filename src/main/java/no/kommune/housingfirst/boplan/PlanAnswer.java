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
 * The participant's answer to one plan version: signed on paper, agreed orally or
 * declined. Appended, never changed; the latest answer to a version is the one that
 * holds.
 */
@Entity
@Immutable
@Table(name = "bo_plan_agreement")
class PlanAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long versionId;

	private UUID submissionKey;

	private LocalDate answeredOn;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private String comment;

	private long recordedBy;

	private Instant recordedAt;

	protected PlanAnswer() {
	}

	PlanAnswer(long versionId, UUID submissionKey, Answer answer, long recordedBy, Instant recordedAt) {
		this.versionId = versionId;
		this.submissionKey = submissionKey;
		this.answeredOn = answer.on();
		this.kind = answer.kind();
		this.comment = answer.comment();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Answer answer() {
		return new Answer(this.answeredOn, this.kind, this.comment);
	}

	long getVersionId() {
		return this.versionId;
	}

	long getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
