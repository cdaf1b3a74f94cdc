package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of two or three units, the participant's answers, and the allocation that
 * follows a choice. Access goes through the participant module; every read and change is
 * audited as a housing record of the participant.
 */
@Service
@Transactional(noRollbackFor = { ParticipantNotFoundException.class, AccessDeniedException.class })
public class HousingOffers {

	private final HousingOfferRepository offers;

	private final AllocationRepository allocations;

	private final HousingUnitRepository units;

	private final ParticipantService participants;

	private final AuditLog audit;

	private final Clock clock;

	HousingOffers(HousingOfferRepository offers, AllocationRepository allocations, HousingUnitRepository units,
			ParticipantService participants, AuditLog audit, Clock clock) {
		this.offers = offers;
		this.allocations = allocations;
		this.units = units;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
	}

	/** The participant's housing page: audited as a read of their housing record. */
	public HousingOverview overview(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.HOUSING);
		List<HousingOffer> history = this.offers.findByParticipantIdOrderByIdDesc(participantId);
		List<HousingOverview.Offer> offerViews = history.stream()
			.map((offer) -> new HousingOverview.Offer(offer.getId(), offer.getMadeOn(), offer.getStatus(),
					offer.allInOneDistrict(),
					offer.getUnits()
						.stream()
						.map((o) -> new HousingOverview.Unit(o.getUnit().getId(), address(o.getUnit()),
								o.getUnit().getDistrict(), o.getUnit().details().rooms(),
								o.getUnit().details().monthlyRentKroner(), o.getViewingOn(), o.getViewingWith(),
								o.getAnswer(), o.getDeclineReason()))
						.toList()))
			.toList();
		LocalDate today = today();
		List<HousingOverview.Allocated> allocated = this.allocations.findByParticipantIdOrderByIdDesc(participantId)
			.stream()
			.map((a) -> new HousingOverview.Allocated(a.getUnitId(),
					this.units.findById(a.getUnitId()).map(HousingOffers::address).orElse(""), a.getAllocatedOn(),
					a.getMeetingDue(), a.isMeetingOverdue(today)))
			.toList();
		return new HousingOverview(header, offerViews, allocated,
				history.stream().anyMatch((offer) -> offer.getStatus() == OfferStatus.OPEN));
	}

	/**
	 * Offers two or three available units; the participant may have one open offer at a
	 * time.
	 */
	public long offer(CurrentUser user, long participantId, List<Long> unitIds) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		if (this.offers.existsByParticipantIdAndStatus(participantId, OfferStatus.OPEN)) {
			throw new HousingRuleException("housing.offer.rule.alreadyOpen");
		}
		List<HousingUnit> chosen = this.units.findAllById(unitIds);
		if (chosen.size() != unitIds.size()) {
			throw new HousingRuleException("housing.offer.rule.twoOrThree");
		}
		HousingOffer offer = this.offers.save(new HousingOffer(participantId, chosen, today(), user.id()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, offer.getId(),
				AuditAction.CREATE);
		return offer.getId();
	}

	/**
	 * Records the viewing of a unit and the participant's answer. Choosing allocates the
	 * unit.
	 */
	public void answer(CurrentUser user, long participantId, long offerId, long unitId, OfferedUnit.Answer answer,
			DeclineReason reason, LocalDate viewedOn, String viewedWith) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		HousingOffer offer = this.offers.findByIdAndParticipantId(offerId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (viewedOn != null) {
			offer.recordViewing(unitId, viewedOn, viewedWith);
		}
		LocalDate today = today();
		if (answer == OfferedUnit.Answer.CHOSEN) {
			offer.choose(unitId, today);
			this.allocations.save(new Allocation(participantId, unitId, offerId, today, user.id()));
		}
		else {
			offer.decline(unitId, reason, today);
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, offerId, AuditAction.UPDATE);
	}

	private static String address(HousingUnit unit) {
		UnitDetails details = unit.details();
		return details.streetAddress() + ((details.unitLabel() != null) ? ", " + details.unitLabel() : "") + ", "
				+ details.postcode();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
