package no.kommune.housingfirst.shared.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Security observes nothing (issue 14): no observation is started for its filters,
 * authentications or authorizations while a page and a stylesheet are served, though the
 * application does have an observation registry.
 */
@IntegrationTest
class SecurityObservationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObservationRegistry registry;

	@Autowired
	TestStaff staff;

	@Test
	void securityStartsNoObservation() throws Exception {
		List<String> started = new CopyOnWriteArrayList<>();
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				started.add(context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		this.mvc.perform(get("/").with(user(this.staff.withRole(Role.NAV)))).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		this.mvc.perform(get("/participants")).andExpect(status().is3xxRedirection());
		assertThat(started).noneMatch((name) -> name.startsWith("spring.security"));
	}

}
