package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Offers of two or three units, the participant's answers, and the allocation that
 * follows a choice. Access goes through the participant module; every read and change is
 * audited as a housing record of the participant.
 */
@Service
@AuditedTransaction
public class HousingOffers {

	private final HousingOfferRepository offers;

	private final AllocationRepository allocations;

	private final HousingWishRepository wishes;

	private final TenancyRepository tenancies;

	private final HousingUnitRepository units;

	private final UnitHistory unitHistory;

	private final ParticipantService participants;

	private final HousingCaseAccess access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HousingOffers(HousingOfferRepository offers, AllocationRepository allocations, HousingWishRepository wishes,
			TenancyRepository tenancies, HousingUnitRepository units, UnitHistory unitHistory,
			ParticipantService participants, HousingCaseAccess access, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.tenancies = tenancies;
		this.offers = offers;
		this.allocations = allocations;
		this.wishes = wishes;
		this.units = units;
		this.unitHistory = unitHistory;
		this.participants = participants;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The participant's wishes, for the wish form. */
	public HousingWish.Wishes wishes(CurrentUser user, long participantId) {
		this.participants.requireWritable(user, participantId, AuditAction.READ);
		return this.wishes.findById(participantId)
			.map(HousingWish::wishes)
			.orElse(new HousingWish.Wishes(List.of(), null, null, null));
	}

	/** Records the participant's wishes, replacing what was there. */
	public void describeWishes(CurrentUser user, long participantId, HousingWish.Wishes wishes) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		HousingWish wish = this.wishes.findById(participantId).orElseGet(() -> new HousingWish(participantId));
		wish.describe(wishes, user.id());
		this.wishes.save(wish);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, participantId,
				AuditAction.UPDATE);
	}

	/**
	 * Offers two or three available units; the participant may have one open offer at a
	 * time.
	 */
	public long offer(CurrentUser user, long participantId, List<Long> unitIds) {
		return offer(user, participantId, unitIds, today());
	}

	/**
	 * An offer recorded after the day it was made (or taken over from paper records): not
	 * in the future, not before the inclusion.
	 */
	public long offer(CurrentUser user, long participantId, List<Long> unitIds, LocalDate madeOn) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.CREATE);
		if (madeOn.isAfter(today()) || madeOn.isBefore(participant.includedOn())) {
			throw new HousingRuleException("housing.offer.rule.dateOutsideFollowUp");
		}
		if (participant.status() == ParticipantStatus.EXITED) {
			throw new HousingRuleException("housing.tenancy.rule.exited");
		}
		if (participant.status() == ParticipantStatus.HOUSED) {
			throw new HousingRuleException("housing.offer.rule.housed");
		}
		if (this.tenancies.existsByParticipantIdAndEndedOnIsNull(participantId)) {
			throw new HousingRuleException("housing.tenancy.rule.currentTenancy");
		}
		if (this.allocations.existsPending(participantId)) {
			// One current allocation: release the pending one first (its unit goes back).
			throw new HousingRuleException("housing.offer.rule.allocationPending");
		}
		if (this.offers.existsByParticipantIdAndStatus(participantId, OfferStatus.OPEN)) {
			throw new HousingRuleException("housing.offer.rule.alreadyOpen");
		}
		List<HousingUnit> chosen = this.units.findAllById(unitIds);
		if (chosen.size() != unitIds.size()) {
			throw new HousingRuleException("housing.offer.rule.twoOrThree");
		}
		HousingOffer offer = this.offers.save(new HousingOffer(participantId, chosen, madeOn, user.id()));
		this.unitHistory.record(chosen, user.id());
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, offer.getId(),
				AuditAction.CREATE);
		return offer.getId();
	}

	/**
	 * Records the viewing of an offered unit (the day, who went) before the participant
	 * answers; the answer comes later, with its own day.
	 */
	public void recordViewing(CurrentUser user, long participantId, long offerId, long unitId, LocalDate viewedOn,
			String viewedWith) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.UPDATE);
		HousingOffer offer = this.offers.findByIdAndParticipantId(offerId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (viewedOn == null || viewedOn.isAfter(today()) || viewedOn.isBefore(offer.getMadeOn())) {
			throw new HousingRuleException("housing.offer.rule.viewingDate");
		}
		offer.recordViewing(unitId, viewedOn, viewedWith);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, offerId, AuditAction.UPDATE);
	}

	/**
	 * Records the viewing of a unit and the participant's answer. Choosing allocates the
	 * unit; the allocation's id is returned (null for a refusal).
	 */
	public Long answer(CurrentUser user, long participantId, long offerId, long unitId, OfferedUnit.Answer answer,
			DeclineReason reason, LocalDate viewedOn, String viewedWith) {
		return answer(user, participantId, offerId, unitId, answer, reason, viewedOn, viewedWith, today());
	}

	/**
	 * An answer recorded after the day it was given: the allocation, and the meeting's
	 * three working days, count from the day of the answer.
	 */
	public Long answer(CurrentUser user, long participantId, long offerId, long unitId, OfferedUnit.Answer answer,
			DeclineReason reason, LocalDate viewedOn, String viewedWith, LocalDate answeredOn) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.UPDATE);
		HousingOffer offer = this.offers.findByIdAndParticipantId(offerId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (viewedOn != null) {
			if (viewedOn.isAfter(today()) || viewedOn.isBefore(offer.getMadeOn())) {
				throw new HousingRuleException("housing.offer.rule.viewingDate");
			}
			offer.recordViewing(unitId, viewedOn, viewedWith);
		}
		if (answeredOn.isAfter(today()) || answeredOn.isBefore(offer.getMadeOn())) {
			throw new HousingRuleException("housing.offer.rule.dateOutsideFollowUp");
		}
		Long allocationId = null;
		if (answer == OfferedUnit.Answer.CHOSEN) {
			if (this.allocations.existsPending(participantId)) {
				throw new HousingRuleException("housing.offer.rule.allocationPending");
			}
			offer.choose(unitId, answeredOn);
			Allocation allocation = this.allocations
				.save(new Allocation(participantId, unitId, offerId, answeredOn, user.id()));
			allocationId = allocation.getId();
			this.events.publishEvent(
					new AllocationMade(allocationId, participantId, unitId, answeredOn, allocation.getMeetingDue()));
		}
		else {
			offer.decline(unitId, reason, answeredOn);
		}
		// Choosing allocates one unit and sends the others back; declining sends one
		// back.
		this.unitHistory.record(offer.getUnits().stream().map(OfferedUnit::getUnit).toList(), user.id());
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, offerId, AuditAction.UPDATE);
		return allocationId;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
