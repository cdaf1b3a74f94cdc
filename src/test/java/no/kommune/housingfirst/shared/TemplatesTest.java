package no.kommune.housingfirst.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template rules that keep pages safe under the Content-Security-Policy and free of known
 * Thymeleaf traps.
 */
class TemplatesTest {

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z:]+\\s[^>]*>", Pattern.DOTALL);

	@Test
	void noUnescapedOutputInlineScriptsOrStyles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			check(problems, template, html, "th:utext", "unescaped output");
			check(problems, template, html, "[(", "unescaped inline output");
			check(problems, template, html, "__${", "preprocessing");
			check(problems, template, html, " style=\"", "inline style (blocked by the CSP)");
			check(problems, template, html, "<style", "inline style element (blocked by the CSP)");
			if (Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>").matcher(html).find()) {
				problems.add(template + ": inline script (blocked by the CSP)");
			}
			if (Pattern.compile("\\son[a-z]+=\"").matcher(html).find()) {
				problems.add(template + ": inline event handler (blocked by the CSP)");
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * th:replace runs before th:if on the same element, so the condition would be
	 * ignored.
	 */
	@Test
	void conditionsAreNotOnTheElementTheyReplace() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher tag = TAG.matcher(Files.readString(template));
			while (tag.find()) {
				String element = tag.group();
				boolean condition = element.contains("th:if=") || element.contains("th:unless=");
				boolean inclusion = element.contains("th:replace=") || element.contains("th:insert=");
				if (condition && inclusion) {
					problems.add(template + ": " + element.lines().findFirst().orElse(element));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** HTML forbids autocomplete on checkboxes and radios (the Nu validator flags it). */
	@Test
	void noAutocompleteOnCheckboxesOrRadios() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher tag = TAG.matcher(Files.readString(template));
			while (tag.find()) {
				String element = tag.group();
				boolean choice = element.contains("type=\"checkbox\"") || element.contains("type=\"radio\"");
				if (element.startsWith("<input") && choice && element.contains("autocomplete")) {
					problems.add(template + ": " + element);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A table is wider than a phone: each one scrolls inside its own wrapper, which a
	 * keyboard can reach and a screen reader can name (axe: scrollable-region-focusable).
	 */
	@Test
	void everyTableScrollsInANamedFocusableRegion() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			int tables = 0;
			int wrappers = 0;
			Matcher tag = TAG.matcher(html);
			while (tag.find()) {
				String element = tag.group();
				tables += element.startsWith("<table ") ? 1 : 0;
				if (element.contains("table-responsive")) {
					wrappers++;
					boolean named = element.contains("aria-labelledby=") || element.contains("aria-label=");
					if (!element.contains("role=\"region\"") || !element.contains("tabindex=\"0\"") || !named) {
						problems.add(template + ": " + element);
					}
				}
			}
			if (tables != wrappers) {
				problems.add(template + ": " + tables + " tables in " + wrappers + " table-responsive wrappers");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void check(List<String> problems, Path template, String html, String needle, String why) {
		if (html.replaceAll("(?s)<!--.*?-->", "").contains(needle)) {
			problems.add(template + ": " + why);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

}
