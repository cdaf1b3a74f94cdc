package no.kommune.housingfirst.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import no.kommune.housingfirst.shared.web.AppMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of ASVS 5.0: at least 8 characters (15 recommended), up to at least
 * 64 (we allow 128), no composition rules. Refused: a password seen in breaches (a list
 * of 414,570 shipped with the app, plus our own Norwegian additions), the same with
 * digits or signs around it or letters written as digits ({@code Sommer2026!},
 * {@code P@ssord1}), a few characters repeated, the person's own username or names, and
 * outside trial mode the demo password the README publishes. Length counts characters
 * (code points), so "æøå" counts as three.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	/** Fewer different characters than this is a repetition, however long. */
	static final int MIN_DISTINCT = 4;

	/**
	 * The demo password the README publishes (lower case); outside trial mode, the word
	 * in it with any year or sign added is refused too.
	 */
	static final String DEMO_PASSWORD = "housingfirst2026";

	static final String DEMO_WORD = "housingfirst";

	/** 64-bit hashes of every listed password, sorted for a binary search (3 MB). */
	private final long[] listed;

	private final boolean trial;

	@Autowired
	PasswordPolicy(AppMode appMode) {
		this(appMode.isTrial());
	}

	/**
	 * @param trial trial mode, where the published demo password is allowed
	 */
	PasswordPolicy(boolean trial) {
		this.trial = trial;
		List<String> words = new ArrayList<>(450_000);
		read("staff/breached-passwords.txt.gz", true, words);
		read("staff/common-passwords.txt", false, words);
		long[] hashes = new long[words.size()];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = hash(words.get(i));
		}
		Arrays.sort(hashes);
		this.listed = hashes;
	}

	/** How many passwords the list holds (with repeats between the two files). */
	int listSize() {
		return this.listed.length;
	}

	/**
	 * @param fullName the person's name, or null when not known
	 * @return message keys for every rule broken; empty when the password is acceptable
	 */
	public List<String> problems(String password, String username, String fullName) {
		List<String> problems = new ArrayList<>();
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			problems.add("staff.password.tooShort");
			return problems;
		}
		if (length > MAX_LENGTH) {
			problems.add("staff.password.tooLong");
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = core(lower);
		if (password.codePoints().distinct().count() < MIN_DISTINCT) {
			problems.add("staff.password.repetitive");
		}
		else if (this.trial && lower.equals(DEMO_PASSWORD)) {
			// The demo users' password, in trial mode only.
			return problems;
		}
		else if (core.contains(DEMO_WORD) || unleet(core).contains(DEMO_WORD)) {
			problems.add("staff.password.demo");
		}
		else if (isPersonal(lower, username, fullName)) {
			problems.add("staff.password.personal");
		}
		else if (isListed(lower) || isListed(core) || isListed(unleet(core))) {
			problems.add("staff.password.common");
		}
		return problems;
	}

	private boolean isListed(String word) {
		return !word.isEmpty() && Arrays.binarySearch(this.listed, hash(word)) >= 0;
	}

	/**
	 * Mostly the person's own username or names: with those taken out, fewer than four
	 * letters are left ({@code Kari1979!}, {@code kari.nordmann}, {@code N0rdm4nn!}). A
	 * name inside a longer passphrase is allowed.
	 */
	private static boolean isPersonal(String lower, String username, String fullName) {
		List<String> parts = new ArrayList<>();
		if (username != null && !username.isBlank()) {
			parts.add(username.strip().toLowerCase(Locale.ROOT));
		}
		if (fullName != null) {
			Arrays.stream(fullName.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
				.filter((part) -> part.length() >= 2)
				.forEach(parts::add);
		}
		// The longest first, so a username inside a name does not hide the name.
		parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
		return mostlyOf(lower, parts) || mostlyOf(unleet(lower), parts);
	}

	private static boolean mostlyOf(String password, List<String> parts) {
		String rest = password;
		for (String part : parts) {
			rest = rest.replace(part, "");
		}
		return !rest.equals(password) && rest.codePoints().filter(Character::isLetter).count() < 4;
	}

	/** What is left when digits, signs and spaces at either end are taken away. */
	static String core(String lower) {
		return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
	}

	/** Digits and signs written for letters, read back as letters. */
	static String unleet(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		word.chars().forEach((c) -> letters.append(switch (c) {
			case '@', '4' -> 'a';
			case '0' -> 'o';
			case '1', '!' -> 'i';
			case '3' -> 'e';
			case '$', '5' -> 's';
			case '7' -> 't';
			default -> (char) c;
		}));
		return letters.toString();
	}

	/** FNV-1a over the UTF-8 bytes: cheap, and 64 bits make a false match negligible. */
	static long hash(String word) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	private static void read(String path, boolean gzipped, List<String> words) {
		try (InputStream raw = new ClassPathResource(path).getInputStream();
				InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
