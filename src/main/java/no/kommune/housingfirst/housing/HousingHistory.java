package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * A participant's whole housing history for their "Bolig" page, read in a fixed handful
 * of queries whatever its length, and audited as one read of their housing record.
 */
@Service
@AuditedTransaction
public class HousingHistory {

	private final HousingOfferRepository offers;

	private final AllocationRepository allocations;

	private final TenancyRepository tenancies;

	private final FirstRentStatus firstRents;

	private final HousingWishRepository wishes;

	private final HousingUnitRepository units;

	private final HousingUnits register;

	private final ParticipantService participants;

	private final HousingCaseAccess access;

	private final AuditLog audit;

	private final no.kommune.housingfirst.staff.StaffDirectory staff;

	private final Clock clock;

	HousingHistory(HousingOfferRepository offers, AllocationRepository allocations, TenancyRepository tenancies,
			FirstRentStatus firstRents, HousingWishRepository wishes, HousingUnitRepository units,
			HousingUnits register, ParticipantService participants, HousingCaseAccess access, AuditLog audit,
			no.kommune.housingfirst.staff.StaffDirectory staff, Clock clock) {
		this.staff = staff;
		this.access = access;
		this.audit = audit;
		this.register = register;
		this.offers = offers;
		this.allocations = allocations;
		this.tenancies = tenancies;
		this.firstRents = firstRents;
		this.wishes = wishes;
		this.units = units;
		this.participants = participants;
		this.clock = clock;
	}

	/**
	 * The Bolig tab: the overview, and the units that could be offered (in the chosen
	 * district) only when the user may make an offer now.
	 */
	public HousingTab tab(CurrentUser user, long participantId, String district) {
		HousingOverview overview = overview(user, participantId);
		boolean mayWrite = overview.forHousingService()
				|| ParticipantAccess.mayWriteCaseContent(user, overview.header().teamId());
		if (!mayWrite || !overview.mayOffer()) {
			return new HousingTab(overview, mayWrite, List.of(), List.of(), Set.of());
		}
		// Buildings where a home was lost (eviction, abandonment, institution): the offer
		// warns.
		Set<String> lost = this.tenancies.findByParticipantIdOrderByIdDesc(participantId)
			.stream()
			.filter((t) -> t.getEndReason() != null && t.getEndReason().losesTheHome())
			.map(Tenancy::getUnitId)
			.map((unitId) -> this.units.findById(unitId).map(HousingUnit::getBuildingKey).orElse(null))
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet());
		return new HousingTab(overview, true, this.register.districts(), this.register.offerable(district), lost);
	}

	public HousingOverview overview(CurrentUser user, long participantId) {
		LocalDate today = LocalDate.now(this.clock);
		ParticipantHeader header = null;
		HousingCaseHeader caseHeader = null;
		if (HousingCaseAccess.housingService(user)) {
			ParticipantRef participant = this.access.openCase(user, participantId, AuditAction.READ);
			this.audit.read(user, participantId, participant.teamId(), RecordType.HOUSING, null);
			caseHeader = HousingCaseHeader.of(participant, today);
		}
		else {
			header = this.participants.header(user, participantId, RecordType.HOUSING);
		}
		LocalDate includedOn = (header != null) ? header.includedOn() : caseHeader.includedOn();
		boolean housingService = caseHeader != null;
		List<HousingOffer> history = this.offers.findByParticipantIdOrderByIdDesc(participantId);
		List<Allocation> allocated = this.allocations.findByParticipantIdOrderByIdDesc(participantId);
		List<Tenancy> homes = this.tenancies.findByParticipantIdOrderByIdDesc(participantId);
		// NAV's first-rent details are not the housing service's (ADR 0008).
		Map<Long, FirstRentStatus.Summary> rentByTenancy = housingService ? Map.of()
				: this.firstRents.forTenancies(homes.stream().map(Tenancy::getId).toList());
		Map<Long, Tenancy> homeByAllocation = homes.stream()
			.collect(Collectors.toMap(Tenancy::getAllocationId, Function.identity()));
		Set<Long> unitIds = new HashSet<>();
		allocated.forEach((a) -> unitIds.add(a.getUnitId()));
		Map<Long, HousingUnit> unitById = this.units.findAllById(unitIds)
			.stream()
			.collect(Collectors.toMap(HousingUnit::getId, Function.identity()));

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
		// Who corrected the leases: named in one query, and only when there are
		// corrections.
		Set<Long> correctorIds = new HashSet<>();
		homes.forEach((t) -> t.getCorrections().forEach((c) -> correctorIds.add(c.getCorrectedBy())));
		Map<Long, String> correctors = correctorIds.isEmpty() ? Map.of() : this.staff.namesOf(correctorIds);
		List<HousingOverview.Allocated> allocationViews = allocated.stream().map((a) -> {
			Tenancy home = homeByAllocation.get(a.getId());
			FirstRentStatus.Summary rent = (home == null) ? null : rentByTenancy.get(home.getId());
			AllocationView view = AllocationView.of(a);
			return new HousingOverview.Allocated(housingService ? view.forHousingService() : view,
					address(unitById.get(a.getUnitId())), a.isMeetingOverdue(today),
					(home == null) ? null : new HousingOverview.Home(TenancyView.of(home, correctors), rent,
							rent != null && rent.overdue()));
		}).toList();
		Long daysToHousing = homes.stream()
			.map(Tenancy::getFirstNightOn)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map((first) -> ChronoUnit.DAYS.between(includedOn, first))
			.orElse(null);
		int rehousings = (int) homes.stream().filter((t) -> Boolean.TRUE.equals(t.getRehousing())).count();
		return new HousingOverview(header, caseHeader,
				this.wishes.findById(participantId)
					.map(HousingWish::wishes)
					.map((w) -> housingService ? w.forHousingService() : w)
					.orElse(null),
				offerViews, allocationViews,
				history.stream().anyMatch((offer) -> offer.getStatus() == OfferStatus.OPEN),
				homes.stream().anyMatch((t) -> t.getEndedOn() == null), daysToHousing, rehousings);
	}

	static String address(HousingUnit unit) {
		return (unit == null) ? "" : unit.address();
	}

}
