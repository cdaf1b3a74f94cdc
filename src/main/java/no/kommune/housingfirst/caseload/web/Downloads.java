package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends an export as a file to save (never cached: it may name people), in the reader's
 * language: the whole export as an XLSX workbook, or one table as CSV. Every download of
 * the caseload pages goes through here.
 */
@Component
class Downloads {

	private final MessageSource messages;

	private final Clock clock;

	Downloads(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	void xlsx(HttpServletResponse response, Locale locale, String fileName, CaseloadExport export) throws IOException {
		ExportFiles.attachment(response, ExportFiles.XLSX, fileName);
		new ExportFiles(this.messages, locale).xlsx(export, LocalDateTime.now(this.clock), response.getOutputStream());
	}

	void csv(HttpServletResponse response, Locale locale, String fileName, CaseloadTable table) throws IOException {
		ExportFiles.attachment(response, "text/csv;charset=UTF-8", fileName);
		new ExportFiles(this.messages, locale).csv(table,
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
