package no.kommune.housingfirst.participant;

import java.util.List;

import no.kommune.housingfirst.audit.AccessHistory;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;

import org.springframework.stereotype.Component;

/**
 * The access log in the record export: who read or changed the record, when, in which
 * role, and whether it was allowed; the person's name as it was when they did it.
 */
@Component
class AccessLogExport implements RecordExportPart {

	private final AccessHistory history;

	AccessLogExport(AccessHistory history) {
		this.history = history;
	}

	@Override
	public String key() {
		return "accessLog";
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	public String noteKey() {
		return "export.note.accessLog";
	}

	@Override
	public List<Entry> export(long participantId) {
		return this.history.of(participantId)
			.stream()
			.map((e) -> Entry.of("access", e.id())
				.with("occurredAt", Value.moment(e.occurredAt()))
				.with("actorName", Value.text(e.actorName()))
				.with("actorRoles", Value.codes("Role", e.actorRoles()))
				.with("action", Value.code("AuditAction", e.action()))
				.with("recordType", Value.code("RecordType", e.recordType()))
				.with("recordId", Value.number(e.recordId()))
				.with("allowed", Value.yesNo(e.allowed()))
				.with("recordedAt", Value.moment(e.recordedAt())))
			.toList();
	}

}
