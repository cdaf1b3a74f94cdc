package no.kommune.housingfirst.shared.security;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages Tomcat writes itself, for requests it refuses before the application sees
 * them (a NUL in the path, a request line or header past the size limit): they carry the
 * same security headers as every page of ours, and say nothing about the server.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnContainerErrors() {
		return (factory) -> factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			// Once every customizer has run (Boot adds an error valve of its own), the
			// host's error valve is replaced by ours.
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				useHeaderedErrorValve(context.getParent());
			}
		}));
	}

	private static void useHeaderedErrorValve(Container host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof HeaderedErrorReportValve) {
				return;
			}
			if (valve instanceof ErrorReportValve) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(new HeaderedErrorReportValve());
	}

	/** Tomcat's plain error page, with our headers and without server details. */
	static final class HeaderedErrorReportValve extends ErrorReportValve {

		HeaderedErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Referrer-Policy", "same-origin");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Cache-Control", "no-store");
			}
			super.report(request, response, throwable);
		}

	}

}
