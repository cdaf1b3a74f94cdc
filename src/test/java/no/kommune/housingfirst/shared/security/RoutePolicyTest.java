package no.kommune.housingfirst.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deny by default: every handler has an explicit rule, and every non-public page wants
 * login.
 */
@IntegrationTest
class RoutePolicyTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	RoutePolicy policy;

	record Route(HttpMethod method, String pattern, String samplePath) {
	}

	@Test
	void everyHandlerHasARule() {
		List<String> uncovered = new ArrayList<>();
		for (Route route : routes()) {
			if (rulesFor(route).isEmpty()) {
				uncovered.add(route.method() + " " + route.pattern());
			}
		}
		assertThat(uncovered).as("routes without a rule in RoutePolicy").isEmpty();
		assertThat(routes()).hasSizeGreaterThan(5);
	}

	@Test
	void anonymousVisitorsAreSentToLoginFromEveryNonPublicPage() throws Exception {
		for (Route route : routes()) {
			boolean isPublic = rulesFor(route).stream().anyMatch(RoutePolicy.Rule::anonymous);
			if (route.method() == HttpMethod.GET && !isPublic) {
				this.mvc.perform(get(route.samplePath()))
					.andExpect(status().is3xxRedirection())
					.andExpect(redirectedUrl("/login"));
			}
		}
	}

	private List<RoutePolicy.Rule> rulesFor(Route route) {
		PathContainer path = PathContainer.parsePath(route.samplePath());
		List<RoutePolicy.Rule> matching = new ArrayList<>();
		for (RoutePolicy.Rule rule : this.policy.rules()) {
			boolean methodMatches = rule.method() == null || rule.method().equals(route.method());
			if (methodMatches && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(path)) {
				matching.add(rule);
				break;
			}
		}
		return matching;
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
					: methods.stream().map((m) -> HttpMethod.valueOf(m.name())).toList();
			for (String pattern : info.getPatternValues()) {
				String sample = pattern.replaceAll("\\{[^}]+}", "1");
				httpMethods.forEach((method) -> routes.add(new Route(method, pattern, sample)));
			}
		}
		return routes;
	}

}
