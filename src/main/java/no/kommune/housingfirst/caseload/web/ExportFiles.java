package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes the dashboard's tables as an XLSX workbook (fastexcel: a sheet per table, typed
 * cells, dates formatted as dates) or one table as CSV the way Excel in Norway reads it:
 * UTF-8 with a byte-order mark, semicolons, decimal commas, ISO dates, CRLF. Every text
 * is the reader's language. A text cell in the CSV that a spreadsheet would take for a
 * formula (a name starting with =, +, - or @) gets an apostrophe in front.
 */
final class ExportFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private final MessageSource messages;

	private final Locale locale;

	ExportFiles(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The response as a file to save, never kept in a cache (it may name people). */
	static void attachment(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	void xlsx(CaseloadExport export, LocalDateTime madeAt, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Housing First", "1.0");
		about(workbook.newWorksheet(text("caseload.export.sheet.about")), export, madeAt);
		for (CaseloadTable table : export.tables()) {
			Worksheet sheet = workbook.newWorksheet(text("caseload.export.sheet." + table.name()));
			List<String> headers = table.headerKeys();
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, text(headers.get(c)));
				sheet.style(0, c).bold().wrapText(true).set();
				sheet.width(c, (c == 0) ? 28 : 16);
			}
			sheet.freezePane(0, 1);
			for (int r = 0; r < table.rows().size(); r++) {
				List<Object> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r + 1, c, row.get(c));
				}
			}
		}
		workbook.finish();
	}

	private void about(Worksheet sheet, CaseloadExport export, LocalDateTime madeAt) {
		String all = text("caseload.export.all");
		Object[][] lines = { { text(export.titleKey()), null }, { text("caseload.filter.from"), export.from() },
				{ text("caseload.filter.to"), export.to() },
				{ text("caseload.filter.section"), (export.section() != null) ? export.section() : all },
				{ text("caseload.filter.team"), (export.team() != null) ? export.team() : all },
				{ text("caseload.filter.caseworker"), (export.caseworker() != null) ? export.caseworker() : all },
				{ text("caseload.export.madeAt"), madeAt }, { text("caseload.export.note"), null } };
		sheet.width(0, 30);
		sheet.width(1, 40);
		for (int r = 0; r < lines.length; r++) {
			sheet.value(r, 0, (String) lines[r][0]);
			if (r == 0) {
				sheet.style(r, 0).bold().set();
			}
			if (lines[r][1] instanceof LocalDateTime time) {
				sheet.value(r, 1, time);
				sheet.style(r, 1).format(TIME_FORMAT).set();
			}
			else if (lines[r][1] != null) {
				cell(sheet, r, 1, lines[r][1]);
			}
		}
	}

	private void cell(Worksheet sheet, int r, int c, Object value) {
		switch (value) {
			case null -> {
			}
			case Number number -> sheet.value(r, c, number);
			case LocalDate date -> {
				sheet.value(r, c, date);
				sheet.style(r, c).format(DATE_FORMAT).set();
			}
			case CaseloadTable.Label label -> sheet.value(r, c, text(label));
			default -> sheet.value(r, c, value.toString());
		}
	}

	void csv(CaseloadTable table, Writer out) throws IOException {
		out.write('\uFEFF');
		line(out, table.headerKeys().stream().map(this::text).map(ExportFiles::quoted).toList());
		for (List<Object> row : table.rows()) {
			line(out, row.stream().map(this::csvValue).toList());
		}
		out.flush();
	}

	private String csvValue(Object value) {
		DecimalFormat decimal = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(this.locale));
		return switch (value) {
			case null -> "";
			case Double d -> decimal.format(d);
			case Float f -> decimal.format(f);
			case Number n -> n.toString();
			case LocalDate date -> date.toString();
			case CaseloadTable.Label label -> quoted(text(label));
			default -> quoted(value.toString());
		};
	}

	private static void line(Writer out, List<String> cells) throws IOException {
		out.write(String.join(";", cells));
		out.write("\r\n");
	}

	/** A text field: quoted when it must be, and never read as a formula. */
	static String quoted(String text) {
		String safe = (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	private String text(CaseloadTable.Label label) {
		return this.messages.getMessage(label.key(), label.arguments(), this.locale);
	}

}
