package no.kommune.housingfirst.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose id is not a number ({@code /participants/export}) names nothing that
 * exists: 404, like any other unknown address, not a 400 about a malformed request.
 */
@ControllerAdvice
class PathErrors {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}

}
