package no.kommune.housingfirst.participant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Puts a participant route refused by the route policy (say, NAV staff trying a
 * participant page by URL) into the audit trail too, so "every denied attempt" includes
 * those the services never saw.
 */
@Component
class RouteDenials {

	private static final Pattern PARTICIPANT_PATH = Pattern.compile("^/participants/(\\d{1,18})(/.*)?$");

	private final AuditLog audit;

	private final ParticipantRepository participants;

	RouteDenials(AuditLog audit, ParticipantRepository participants) {
		this.audit = audit;
		this.participants = participants;
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getSource() instanceof HttpServletRequest request)
				|| !(event.getAuthentication().get().getPrincipal() instanceof CurrentUser user)) {
			return;
		}
		Matcher path = PARTICIPANT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (path.matches()) {
			long id = Long.parseLong(path.group(1));
			AuditAction action = "GET".equals(request.getMethod()) ? AuditAction.READ : AuditAction.UPDATE;
			this.audit.denied(user, id, this.participants.findTeamIdById(id).orElse(null), RecordType.PARTICIPANT,
					action);
		}
	}

}
