package no.kommune.housingfirst.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every expression of every template fits the template engine's expression cache, with
 * room to spare: with Thymeleaf's default of 500 the dashboard pushed out the page
 * frame's expressions and both were parsed and compiled again on every view.
 */
@IntegrationTest
class TemplateCachesTest {

	/** A variable, selection, message or link expression, as a template writes it. */
	static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{[^}]*}");

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void everyTemplatesExpressionsFitTheCache() throws IOException {
		int expressions = 0;
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			Matcher matcher = EXPRESSION.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				expressions++;
			}
		}
		assertThat(expressions).isGreaterThan(1_000);
		StandardCache<?, ?> cache = (StandardCache<?, ?>) this.engine.getCacheManager().getExpressionCache();
		assertThat(cache.getMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS)
			// Thymeleaf's expression and its Spring EL both take an entry.
			.isGreaterThan(3 * expressions);
	}

}
