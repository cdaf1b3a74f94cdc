package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects by path only. Spring Security builds some redirect addresses from the request
 * (the page asked for before login), which takes the host from the {@code Host} header a
 * client sent; reduced to their path and query they send nobody elsewhere. Tomcat keeps
 * them relative ({@code server.tomcat.use-relative-redirects}).
 */
final class RelativeRedirectStrategy implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(relative(request.getContextPath(), url)));
	}

	static String relative(String contextPath, String url) {
		String target;
		if (UrlUtils.isAbsoluteUrl(url)) {
			URI uri = URI.create(url);
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			target = (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		else {
			target = url.startsWith("/") ? contextPath + url : contextPath + "/" + url;
		}
		// "//host/path" would still be another site to a browser.
		return target.startsWith("//") ? "/" + target.replaceFirst("^/+", "") : target;
	}

}
