package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * A participant's periods of restricted processing, as the section leader's pages and the
 * access extract show them. Reads only; whoever calls has found the participant visible.
 */
@Component
class RestrictionHistory {

	private final ParticipantRestrictionRepository restrictions;

	private final StaffDirectory staff;

	private final Clock clock;

	RestrictionHistory(ParticipantRestrictionRepository restrictions, StaffDirectory staff, Clock clock) {
		this.restrictions = restrictions;
		this.staff = staff;
		this.clock = clock;
	}

	/** Every period of the participant's record, newest first; names in one batch. */
	List<RestrictionPeriod> periods(long participantId) {
		List<ParticipantRestriction> found = this.restrictions
			.findByParticipantIdOrderByRestrictedAtDescIdDesc(participantId);
		if (found.isEmpty()) {
			return List.of();
		}
		Set<Long> people = new HashSet<>();
		found.forEach((r) -> {
			people.add(r.getRestrictedBy());
			if (r.getLiftedBy() != null) {
				people.add(r.getLiftedBy());
			}
		});
		Map<Long, String> names = this.staff.namesOf(people);
		return found.stream()
			.map((r) -> new RestrictionPeriod(local(r.getRestrictedAt()), names.get(r.getRestrictedBy()), r.getGround(),
					(r.getLiftedAt() != null) ? local(r.getLiftedAt()) : null,
					(r.getLiftedBy() != null) ? names.get(r.getLiftedBy()) : null, r.getLiftReason(),
					r.getRestrictedAt(), r.getLiftedAt()))
			.toList();
	}

	private LocalDateTime local(Instant at) {
		return LocalDateTime.ofInstant(at, this.clock.getZone());
	}

}
