package no.kommune.housingfirst.caseload.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.kommune.housingfirst.caseload.CaseloadTable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV's rules on its own: quoting, formulas kept as text, Norwegian numbers. */
class ExportFilesTest {

	@Test
	void aTextASpreadsheetWouldTakeForAFormulaStaysText() {
		assertThat(ExportFiles.quoted("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(ExportFiles.quoted("+47 22 00 00 00")).isEqualTo("'+47 22 00 00 00");
		assertThat(ExportFiles.quoted("-1")).isEqualTo("'-1");
		assertThat(ExportFiles.quoted("@sum")).isEqualTo("'@sum");
		assertThat(ExportFiles.quoted("Kari Nordmann")).isEqualTo("Kari Nordmann");
		assertThat(ExportFiles.quoted("Team; Øst")).isEqualTo("\"Team; Øst\"");
		assertThat(ExportFiles.quoted("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
	}

	@Test
	void numbersDatesAndLabelsInTheReadersLanguage() throws Exception {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("h.name", Locale.of("nb"), "Navn");
		messages.addMessage("h.median", Locale.of("nb"), "Median");
		messages.addMessage("h.day", Locale.of("nb"), "Dato");
		messages.addMessage("h.flag", Locale.of("nb"), "Flagg");
		messages.addMessage("yes", Locale.of("nb"), "Ja");
		CaseloadTable table = new CaseloadTable("t", "title", List.of("h.name", "h.median", "h.day", "h.flag"),
				List.of(Arrays.asList("Anna", 64.5, LocalDate.of(2026, 1, 5), new CaseloadTable.Label("yes")),
						Arrays.asList("=1+1", 12, null, null)));
		StringWriter out = new StringWriter();
		new ExportFiles(messages, Locale.of("nb")).csv(table, out);
		assertThat(out.toString())
			.isEqualTo("\uFEFFNavn;Median;Dato;Flagg\r\nAnna;64,5;2026-01-05;Ja\r\n'=1+1;12;;\r\n");
	}

}
