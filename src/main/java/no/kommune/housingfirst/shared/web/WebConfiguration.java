package no.kommune.housingfirst.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Norwegian bokmål first, English beside it: the choice is kept in a cookie and switched
 * by {@code ?lang=en} or {@code ?lang=nb} on any page.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageCookie(languageCookie(false), languageCookie(true));
	}

	private static CookieLocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("HF_LANG");
		resolver.setDefaultLocale(BOKMAL);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		return resolver;
	}

	/**
	 * The language cookie, {@code Secure} when the request came over TLS (directly, or
	 * through a trusted proxy's {@code X-Forwarded-Proto}), like the session cookie.
	 */
	static final class LanguageCookie implements LocaleContextResolver {

		private final CookieLocaleResolver plain;

		private final CookieLocaleResolver secure;

		LanguageCookie(CookieLocaleResolver plain, CookieLocaleResolver secure) {
			this.plain = plain;
			this.secure = secure;
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			return this.plain.resolveLocaleContext(request);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			(request.isSecure() ? this.secure : this.plain).setLocaleContext(request, response, localeContext);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return this.plain.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			(request.isSecure() ? this.secure : this.plain).setLocale(request, response, locale);
		}

	}

	private final Webjars webjars;

	WebConfiguration(Webjars webjars) {
		this.webjars = webjars;
	}

	/**
	 * Webjars without Boot's resource chain, whose URL-rewriting filter would look up
	 * every page link as a file (docs/adr/0004). The pages link each file with its
	 * version in the address ({@link Webjars}): that address never changes content, so it
	 * is cached for a year. Version-less addresses still work, cached for 7 days.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Files are looked up before the controllers' mappings (issue 14): a stylesheet's
		// address is matched against a few file patterns instead of every controller's
		// patterns first (a quarter of a file's cost). Boot's catch-all "/**" mapping is
		// off (spring.web.resources.add-mappings), so an address that is not a file still
		// reaches the controllers, and a missing file is a 404.
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		for (String pattern : StaticFiles.APP_PATTERNS) {
			String location = "classpath:/static"
					+ (pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 2) : "/");
			registry.addResourceHandler(pattern)
				.addResourceLocations(location)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
		}
		for (String name : Webjars.NAMES) {
			String versioned = name + "/" + this.webjars.version(name) + "/";
			registry.addResourceHandler("/webjars/" + versioned + "**")
				.addResourceLocations("classpath:/META-INF/resources/webjars/" + versioned)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/** No session for a static file (issue 14): right after Spring Session's filter. */
	@Bean
	FilterRegistrationBean<StaticFiles.NoSession> noSessionForStaticFiles() {
		var registration = new FilterRegistrationBean<>(new StaticFiles.NoSession());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				// Only the two languages we have bundles for; anything else is ignored.
				return switch (localeValue) {
					case "en" -> Locale.ENGLISH;
					case "nb" -> BOKMAL;
					default -> null;
				};
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
