package no.kommune.housingfirst.shared.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Tells the page frame whether this is trial mode, so every page can say that the data is
 * fictional. Read in templates as {@code ${@appMode.trial}}.
 */
@Component("appMode")
public class AppMode {

	private final boolean trial;

	AppMode(Environment environment) {
		this.trial = environment.acceptsProfiles(Profiles.of("trial", "demo"));
	}

	public boolean isTrial() {
		return this.trial;
	}

}
