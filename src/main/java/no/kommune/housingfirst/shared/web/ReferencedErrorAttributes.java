package no.kommune.housingfirst.shared.web;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
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
		Object status = attributes.get("status");
		if (error != null && status instanceof Integer code && code >= 500) {
			log.error("request failed reference={} path={}", reference, attributes.get("path"), error);
		}
		else {
			log.debug("error page reference={} status={} path={}", reference, status, attributes.get("path"));
		}
		return attributes;
	}

}
