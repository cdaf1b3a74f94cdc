package no.kommune.housingfirst.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of ASVS 5.0: at least 8 characters (15 recommended), up to at least
 * 64 (we allow 128), no composition rules, not a commonly used password, not the
 * username. Length counts characters (code points), so "æøå" counts as three.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("staff/common-passwords.txt");
	}

	/**
	 * @return message keys for every rule broken; empty when the password is acceptable
	 */
	public List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			problems.add("staff.password.tooShort");
		}
		else if (length > MAX_LENGTH) {
			problems.add("staff.password.tooLong");
		}
		else if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add("staff.password.common");
		}
		else if (username != null && password.equalsIgnoreCase(username)) {
			problems.add("staff.password.sameAsUsername");
		}
		return problems;
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
