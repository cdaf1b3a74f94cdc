package no.kommune.housingfirst.shared.web;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every error page a short reference id and logs the failure under it, so a user
 * can quote the id to support while the page itself shows no internals.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		attributes.put("reference", reference);
		Throwable error = getError(request);
		attributes.put("databaseUnavailable", databaseUnavailable(error));
		Object status = attributes.get("status");
		if (error != null && status instanceof Integer code && code >= 500) {
			log.error("request failed reference={} path={}", reference, attributes.get("path"), error);
		}
		else {
			log.debug("error page reference={} status={} path={}", reference, status, attributes.get("path"));
		}
		return attributes;
	}

	/**
	 * The database could not be reached (restarting, network): the page then tells the
	 * user that nothing was saved and that going back keeps what they typed.
	 */
	static boolean databaseUnavailable(Throwable error) {
		int depth = 0;
		for (Throwable cause = error; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception"; 57P0x is the server shutting
			// down.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// HikariCP's marker for a pooled connection the server has cut (it has no
			// SQLSTATE).
			if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
