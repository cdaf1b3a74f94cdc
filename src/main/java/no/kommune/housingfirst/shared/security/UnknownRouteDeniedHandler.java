package no.kommune.housingfirst.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Deny by default stays, but a signed-in person who opens an address that no page answers
 * is told it does not exist (404), not that their role is wrong (403). Only addresses a
 * controller answers can be refused for the role.
 */
class UnknownRouteDeniedHandler implements AccessDeniedHandler {

	private final RequestMappingHandlerMapping controllers;

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	UnknownRouteDeniedHandler(RequestMappingHandlerMapping controllers) {
		this.controllers = controllers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denial)
			throws IOException, ServletException {
		if (denial instanceof CsrfException || answered(request)) {
			this.denied.handle(request, response, denial);
		}
		else {
			response.sendError(HttpStatus.NOT_FOUND.value());
		}
	}

	private boolean answered(HttpServletRequest request) {
		// Security runs before the dispatcher, which has not parsed the path yet.
		boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			HandlerExecutionChain chain = this.controllers.getHandler(request);
			return chain != null;
		}
		catch (Exception ex) {
			// A known path with another method (e.g. a GET on a POST-only address):
			// the path exists, so the usual refusal applies.
			return true;
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
