package no.kommune.housingfirst.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The participant's whole record as one document: who it is about, who produced it and
 * when, every part in order, and the names of the staff the parts refer to by id.
 */
public record RecordExportDocument(ParticipantHeader header, Instant producedAt, long producedBy,
		List<RecordExport.Part> parts, Map<Long, String> staffNames) {

	public String staffName(Long id) {
		return (id == null) ? null : this.staffNames.get(id);
	}

}
