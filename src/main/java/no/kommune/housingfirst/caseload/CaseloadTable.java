package no.kommune.housingfirst.caseload;

import java.util.List;

/**
 * One table of the dashboard as it is exported: a name for the file and the sheet, a
 * title and column headers as message keys (the export speaks the reader's language), and
 * rows of typed values: text, whole or decimal numbers, dates, a {@link Label} to
 * translate, or null for an empty cell. Numbers stay numbers and dates stay dates in the
 * XLSX file.
 */
public record CaseloadTable(String name, String titleKey, List<String> headerKeys, List<List<Object>> rows) {

	public CaseloadTable {
		headerKeys = List.copyOf(headerKeys);
		rows = List.copyOf(rows);
	}

	/**
	 * A value shown as text in the reader's language: a message key and its arguments.
	 */
	public record Label(String key, Object... arguments) {
	}

}
