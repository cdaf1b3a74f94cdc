package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of a participant's bo-plan. Written once and never changed: a revision is
 * the next version, so every earlier one can still be read as it was.
 */
@Entity
@Immutable
@Table(name = "bo_plan_version")
class BoPlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private int versionNo;

	private UUID submissionKey;

	private LocalDate planDate;

	private String lastingHome;

	private String resources;

	private String wantedServices;

	private String unwantedServices;

	private String involved;

	private String crisisSigns;

	private String crisisHelps;

	private String crisisContacts;

	private LocalDate reviewOn;

	@Enumerated(EnumType.STRING)
	private Cadence cadence;

	private LocalDate cadenceFrom;

	private String stepDownCriteria;

	private LocalDate stepDownReconsiderOn;

	private long createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "bo_plan_goal", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	private List<StoredGoal> goals = new ArrayList<>();

	protected BoPlanVersion() {
	}

	BoPlanVersion(long participantId, int versionNo, UUID submissionKey, PlanContent content, long createdBy,
			Instant createdAt) {
		this.participantId = participantId;
		this.versionNo = versionNo;
		this.submissionKey = submissionKey;
		this.planDate = content.planDate();
		this.lastingHome = content.lastingHome();
		this.resources = content.resources();
		this.wantedServices = content.wantedServices();
		this.unwantedServices = content.unwantedServices();
		this.involved = content.involved();
		this.crisisSigns = content.crisisSigns();
		this.crisisHelps = content.crisisHelps();
		this.crisisContacts = content.crisisContacts();
		this.reviewOn = content.reviewOn();
		StepDown stepDown = content.stepDown();
		this.cadence = stepDown.cadence();
		this.cadenceFrom = stepDown.steppedDown() ? stepDown.from() : null;
		this.stepDownCriteria = stepDown.criteria();
		this.stepDownReconsiderOn = stepDown.reconsiderOn();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		content.goals().forEach((goal) -> this.goals.add(new StoredGoal(goal)));
	}

	PlanContent content() {
		return new PlanContent(this.planDate, this.lastingHome, this.resources, this.wantedServices,
				this.unwantedServices, this.involved, this.crisisSigns, this.crisisHelps, this.crisisContacts,
				this.reviewOn,
				new StepDown(this.cadence, this.cadenceFrom, this.stepDownCriteria, this.stepDownReconsiderOn),
				this.goals.stream().map(StoredGoal::goal).toList());
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
