package no.kommune.housingfirst.shared.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf's expression cache large enough for every expression of every template. Its
 * default holds 500, fewer than the dashboard and the page frame use together (thousands
 * across all pages): each view parsed again, and compiled again to bytecode, the
 * expressions the previous one had pushed out (issue 14).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Parsed expressions kept, Thymeleaf's and Spring EL's together. */
	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor largerExpressionCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setCacheManager(cacheManager());
				}
				return bean;
			}
		};
	}

	static StandardCacheManager cacheManager() {
		StandardCacheManager caches = new StandardCacheManager();
		caches.setExpressionCacheMaxSize(EXPRESSIONS);
		caches.setExpressionCacheInitialSize(2_000);
		return caches;
	}

}
