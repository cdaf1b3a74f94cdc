package no.kommune.housingfirst.participant;

import java.util.List;

/**
 * One module's part of the participant's record export (innsyn and dataportabilitet):
 * every module that holds personal data about a participant implements it in a class of
 * its own, and {@link RecordExports} collects them all. A part reads its rows in a fixed
 * number of queries, whatever their number, and cuts no free text: the export is for the
 * person themself. Access and audit are decided before a part is asked.
 */
public interface RecordExportPart {

	/** The JSON name of the part, and its heading {@code export.part.<key>}. */
	String key();

	/** Where the part comes in the document; lower first. */
	int order();

	/** A message that explains the part ({@code export.note.<key>}), or null. */
	default String noteKey() {
		return null;
	}

	/** Everything this module holds about the participant, oldest first. */
	List<RecordExport.Entry> export(long participantId);

}
