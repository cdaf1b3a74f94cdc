package no.kommune.housingfirst.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.kommune.housingfirst.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles: Norwegian bokmål as the base,
 * English beside it, with the same keys. Fails on text typed into a template and on a key
 * used but missing.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text between tags that contains a letter, outside Thymeleaf comments. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	/** Attributes a person reads, written as plain text instead of th:attr. */
	private static final Pattern READABLE_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	@Test
	void templatesContainNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = withoutComments(Files.readString(template));
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				problems.add(template + ": text '" + text.group(1).strip() + "'");
			}
			Matcher attribute = READABLE_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(1).equals("value") && attribute.group(2).matches("[a-z_]+|[A-Z_]+")) {
					continue; // a technical value sent to the server (true, asc), not a
								// word
				}
				problems.add(template + ": " + attribute.group(1) + "='" + attribute.group(2) + "'");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Properties bokmal = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(bokmal.stringPropertyNames()));
		bokmal.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties bokmal = bundle("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!bokmal.containsKey(key.group(1)) && !isPrefix(bokmal, key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyUsedInJavaExists() throws IOException {
		Properties bokmal = bundle("messages.properties");
		Pattern javaKey = Pattern.compile(
				"\"((?:staff|organisation|login|validation|error|home|participant|visitlog|audit|housing|fit)\\.[A-Za-z0-9_.]+)\"");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher key = javaKey.matcher(Files.readString(source));
				while (key.find()) {
					if (!bokmal.containsKey(key.group(1))) {
						missing.add(source.getFileName() + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueHasALabel() throws IOException {
		Properties bokmal = bundle("messages.properties");
		for (Role role : Role.values()) {
			assertThat(bokmal).containsKey("Role." + role.name());
			assertThat(bokmal).containsKey("home.can." + role.name());
		}
	}

	/**
	 * Keys built at run time (e.g. {@code #{'Role.' + ${role}}}) only name their prefix.
	 */
	private static boolean isPrefix(Properties bundle, String key) {
		return key.endsWith(".") && bundle.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key));
	}

	private static String withoutComments(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "><");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
