package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.stereotype.Service;

/**
 * The participant's right of access and portability (GDPR art. 15 and 20): everything the
 * app holds about one participant, from every module's {@link RecordExportPart}, for the
 * caseworkers of their team and the leader of its section. Producing it is audited as an
 * export of the participant's record, before anything is read, so the access log in the
 * document shows this export too.
 */
@Service
@AuditedTransaction
public class RecordExports {

	private final ParticipantGuard guard;

	private final AuditLog audit;

	private final List<RecordExportPart> parts;

	private final StaffDirectory staff;

	private final ParticipantService participants;

	private final Clock clock;

	RecordExports(ParticipantGuard guard, AuditLog audit, List<RecordExportPart> parts, StaffDirectory staff,
			ParticipantService participants, Clock clock) {
		this.guard = guard;
		this.audit = audit;
		this.parts = parts.stream().sorted(Comparator.comparingInt(RecordExportPart::order)).toList();
		this.staff = staff;
		this.participants = participants;
		this.clock = clock;
	}

	public RecordExportDocument export(CurrentUser user, long id) {
		Participant participant = this.guard.visible(user, id, AuditAction.EXPORT);
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.EXPORT);
		List<RecordExport.Part> collected = this.parts.stream()
			.map((part) -> new RecordExport.Part(part.key(), part.noteKey(), part.export(id)))
			.toList();
		Set<Long> staffIds = new HashSet<>();
		staffIds.add(participant.getPrimaryCaseworkerId());
		if (participant.getSecondaryCaseworkerId() != null) {
			staffIds.add(participant.getSecondaryCaseworkerId());
		}
		staffIds.add(user.id());
		collected.forEach((part) -> part.entries().forEach((entry) -> collectStaff(entry, staffIds)));
		java.util.Map<Long, String> names = this.staff.namesOf(staffIds);
		return new RecordExportDocument(this.participants.header(participant, names), this.clock.instant(), user.id(),
				collected, names);
	}

	private static void collectStaff(RecordExport.Entry entry, Set<Long> ids) {
		entry.fields().forEach((field) -> {
			if (field.value() != null && field.value().kind() == RecordExport.Kind.STAFF) {
				ids.add((Long) field.value().raw());
			}
		});
		entry.corrections().forEach((correction) -> {
			if (correction.by() != null) {
				ids.add(correction.by());
			}
			for (RecordExport.Value value : java.util.Arrays.asList(correction.oldValue(), correction.newValue())) {
				if (value != null && value.kind() == RecordExport.Kind.STAFF) {
					ids.add((Long) value.raw());
				}
			}
		});
		entry.children().forEach((child) -> collectStaff(child, ids));
	}

}
