package no.kommune.housingfirst.participant.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExportDocument;

/**
 * The record export as JSON (docs/adr/0014): English keys, ISO days and UTC moments,
 * choices by their code, staff as id and name, money in kroner, every key present (null
 * when empty), so the structure is the same for every participant.
 */
final class RecordExportJson {

	/** Raised when the structure changes in a way a reader must know about. */
	static final int FORMAT_VERSION = 1;

	private RecordExportJson() {
	}

	static Map<String, Object> of(RecordExportDocument document) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", "housing-first-participant-record");
		json.put("formatVersion", FORMAT_VERSION);
		json.put("producedAt", document.producedAt().toString());
		json.put("producedBy", staff(document, document.producedBy()));
		Map<String, Object> participant = new LinkedHashMap<>();
		participant.put("id", document.header().id());
		participant.put("fullName", document.header().fullName());
		participant.put("birthDate", document.header().birthDate().toString());
		json.put("participant", participant);
		Map<String, Object> parts = new LinkedHashMap<>();
		document.parts().forEach((part) -> parts.put(part.key(), entries(document, part.entries())));
		json.put("parts", parts);
		return json;
	}

	private static List<Map<String, Object>> entries(RecordExportDocument document, List<RecordExport.Entry> entries) {
		return entries.stream().map((entry) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("type", entry.type());
			json.put("id", entry.id());
			Map<String, Object> fields = new LinkedHashMap<>();
			entry.fields().forEach((field) -> fields.put(field.key(), value(document, field.value())));
			json.put("fields", fields);
			json.put("corrections", entry.corrections().stream().map((c) -> {
				Map<String, Object> correction = new LinkedHashMap<>();
				correction.put("at", c.at().toString());
				correction.put("by", staff(document, c.by()));
				correction.put("field", c.field());
				correction.put("oldValue", value(document, c.oldValue()));
				correction.put("newValue", value(document, c.newValue()));
				correction.put("reason", c.reason());
				return correction;
			}).toList());
			json.put("children", entries(document, entry.children()));
			return json;
		}).toList();
	}

	private static Object value(RecordExportDocument document, RecordExport.Value value) {
		if (value == null) {
			return null;
		}
		return switch (value.kind()) {
			case DATE -> ((LocalDate) value.raw()).toString();
			case MOMENT -> value.raw().toString();
			case STAFF -> staff(document, (Long) value.raw());
			case MONEY -> value.kroner();
			default -> value.raw();
		};
	}

	private static Map<String, Object> staff(RecordExportDocument document, Long id) {
		if (id == null) {
			return null;
		}
		Map<String, Object> staff = new LinkedHashMap<>();
		staff.put("id", id);
		staff.put("name", document.staffName(id));
		return staff;
	}

}
