package no.kommune.housingfirst.visitlog.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitRuleException;
import no.kommune.housingfirst.visitlog.VisitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The visit form sent by the phone's script (docs/adr/0012): from its offline queue, or
 * straight from the form when the script is there. Same route and form fields as the
 * plain form, chosen by {@code Accept: application/json}; the answer says in JSON whether
 * the visit is stored, refused (with the messages to show next to it), or whether the
 * server failed and the phone should keep it and try again. Without JavaScript the
 * browser asks for HTML and {@link VisitController} answers exactly as before.
 */
@Controller
class QueuedVisitController {

	private static final Logger log = LoggerFactory.getLogger(QueuedVisitController.class);

	private final VisitService visits;

	private final MessageSource messages;

	private final Clock clock;

	QueuedVisitController(VisitService visits, MessageSource messages, Clock clock) {
		this.visits = visits;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * {@code queuedBy}: the person whose queue sent it (the phone's queue is per person);
	 * another person's session refuses it. {@code recordedAt}: when the phone recorded
	 * it, for the audit trail. {@code queued}: sent from the queue, in the background (no
	 * message for the next page).
	 */
	@PostMapping(path = "/participants/{id:\\d+}/visits/new", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Reply> send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") VisitForm form, BindingResult result,
			@RequestParam(name = "queuedBy", required = false) String queuedBy,
			@RequestParam(name = "recordedAt", required = false) String recordedAt,
			@RequestParam(name = "queued", required = false) String queued, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		if (queuedBy != null && !queuedBy.strip().equals(String.valueOf(user.id()))) {
			return refused(HttpStatus.CONFLICT, List.of(text("visitlog.offline.otherUser", locale)));
		}
		UUID key = form.submissionKey();
		if (key == null) {
			// Unlike the plain form, no key of its own: a queue item without its key
			// could
			// be stored twice.
			return refused(HttpStatus.UNPROCESSABLE_CONTENT, List.of(text("visitlog.offline.noKey", locale)));
		}
		VisitDetails details = form.details(result);
		if (!result.hasErrors()) {
			try {
				long visitId = this.visits.logFromPhone(user, id, key, details, recordedOn(recordedAt));
				String next = form.fromMyWeek() ? "/my-week" : "/participants/" + id + "/visits";
				if (queued == null) {
					// Sent straight from the form: the next page says so, as after the
					// plain form.
					FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
					flash.put("message", "visitlog.saved");
					flash.put("fitAfterVisit", "/participants/" + id + "/fit/new?visit=" + visitId);
					RequestContextUtils.saveOutputFlashMap(next, request, response);
				}
				return ResponseEntity.ok(new Reply("stored", visitId, next, List.of()));
			}
			catch (VisitRuleException ex) {
				FormInput.reject(result, ex);
			}
			catch (NotFoundException ex) {
				return refused(HttpStatus.NOT_FOUND, List.of(text("visitlog.offline.notFound", locale)));
			}
			catch (DataAccessException | TransactionException ex) {
				if (this.visits.findBySubmission(id, key).isPresent()) {
					return ResponseEntity.ok(new Reply("stored", null, "/my-week", List.of()));
				}
				log.warn("queued visit not saved participant={} reason={}", id, ex.getClass().getSimpleName());
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.body(new Reply("retry", null, null, List.of(text("visitlog.offline.retry", locale))));
			}
		}
		List<String> shown = new ArrayList<>();
		for (ObjectError error : result.getAllErrors()) {
			String message = this.messages.getMessage(error, locale);
			shown.add((error instanceof FieldError field)
					? text("visitlog.offline.fieldMessage", locale, text(label(field.getField()), locale), message)
					: message);
		}
		return refused(HttpStatus.UNPROCESSABLE_CONTENT, shown);
	}

	/**
	 * The phone's time, if it is one; never later than now (a phone clock running fast).
	 */
	private Instant recordedOn(String recordedAt) {
		if (recordedAt == null || recordedAt.isBlank()) {
			return null;
		}
		try {
			Instant on = Instant.parse(recordedAt.strip());
			Instant now = Instant.now(this.clock);
			return on.isAfter(now) ? now : on;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String label(String field) {
		return switch (field) {
			case "date" -> "visitlog.form.date";
			case "kind" -> "visitlog.form.kind";
			case "contact" -> "visitlog.form.contact";
			case "noContactReason" -> "visitlog.form.noContactReason";
			case "noContactText" -> "visitlog.form.noContactText";
			case "durationMinutes" -> "visitlog.form.duration";
			case "homeCondition" -> "visitlog.form.homeCondition";
			case "concerns" -> "visitlog.form.concerns";
			case "help" -> "visitlog.form.help";
			case "note" -> "visitlog.form.note";
			default -> "visitlog.offline.field";
		};
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static ResponseEntity<Reply> refused(HttpStatus status, List<String> shown) {
		return ResponseEntity.status(status).body(new Reply("refused", null, null, shown));
	}

	/**
	 * What the script needs: {@code stored} (remove it from the queue), {@code refused}
	 * (keep it with these messages) or {@code retry} (keep it, try later).
	 */
	record Reply(String status, Long visitId, String next, List<String> messages) {
	}

}
