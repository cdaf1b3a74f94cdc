package no.kommune.housingfirst.participant.web;

import java.time.LocalDate;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExportDocument;
import no.kommune.housingfirst.participant.RecordExports;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Innsyn og dataportabilitet: everything the app holds about one participant, as a
 * printable document in plain Norwegian and as a JSON file to take away (the structure is
 * in docs/adr/0014). Each is one service call, and each is audited as an export.
 */
@Controller
class RecordExportController {

	private final RecordExports exports;

	RecordExportController(RecordExports exports) {
		this.exports = exports;
	}

	@GetMapping("/participants/{id:\\d+}/export")
	String document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		RecordExportDocument document = this.exports.export(user, id);
		model.addAttribute("header", document.header());
		model.addAttribute("document", document);
		return "participant/export";
	}

	@GetMapping("/participants/{id:\\d+}/export.json")
	ResponseEntity<Map<String, Object>> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		RecordExportDocument document = this.exports.export(user, id);
		String name = "innsyn-" + id + "-" + LocalDate.ofInstant(document.producedAt(), TimeConfiguration.OSLO)
				+ ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(RecordExportJson.of(document));
	}

}
