package no.kommune.housingfirst.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.webjars.WebJarVersionLocator;

import org.springframework.stereotype.Component;

/**
 * The webjars the pages load, linked with their version in the address
 * ({@code /webjars/bootstrap/5.3.8/css/bootstrap.min.css}): a new version is a new
 * address, so browsers may keep each file for a year without asking again. The versions
 * come from the jars on the classpath, so the pom stays the only place that names them.
 * Read in templates as {@code ${@webjars.url('bootstrap', 'css/bootstrap.min.css')}}.
 */
@Component("webjars")
public class Webjars {

	static final List<String> NAMES = List.of("bootstrap", "htmx.org");

	private final Map<String, String> versions;

	Webjars() {
		WebJarVersionLocator locator = new WebJarVersionLocator();
		this.versions = NAMES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), (name) -> {
			String version = locator.version(name);
			if (version == null) {
				throw new IllegalStateException("Webjar " + name + " is not on the classpath");
			}
			return version;
		}));
	}

	/** The address of a file in a webjar, with the webjar's version in it. */
	public String url(String name, String file) {
		return "/webjars/" + name + "/" + version(name) + "/" + file;
	}

	String version(String name) {
		String version = this.versions.get(name);
		if (version == null) {
			throw new IllegalArgumentException("Unknown webjar " + name);
		}
		return version;
	}

}
