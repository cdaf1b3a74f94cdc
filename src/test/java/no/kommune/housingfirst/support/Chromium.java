package no.kommune.housingfirst.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from the machine's packages, driven by Playwright (which downloads no
 * browser of its own). Where the browser is missing, a local run skips the browser tests;
 * CI sets {@code HF_REQUIRE_BROWSER=true} and fails instead.
 */
public final class Chromium implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--disable-quic");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Path executable) {
		// The build points TMPDIR (where Playwright makes its folders) into target/.
		String tmp = System.getenv("TMPDIR");
		if (tmp != null && !tmp.isBlank()) {
			try {
				Files.createDirectories(Path.of(tmp));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_BROWSERS_PATH", "0")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
	}

	private static Chromium shared;

	/**
	 * One browser for every browser test class in the run (starting Playwright's driver
	 * and Chromium costs seconds each time), closed when the test JVM ends; started again
	 * if it has gone away.
	 */
	public static synchronized Chromium shared() {
		if (shared == null || !shared.browser.isConnected()) {
			Chromium started = launch();
			shared = started;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "chromium-shutdown"));
		}
		return shared;
	}

	public static Chromium launch() {
		String configured = System.getenv("HF_CHROMIUM_PATH");
		Path executable = Path.of((configured == null || configured.isBlank()) ? "/usr/bin/chromium" : configured);
		boolean required = "true".equalsIgnoreCase(System.getenv("HF_REQUIRE_BROWSER"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(executable)) {
			if (required) {
				throw new IllegalStateException("Chromium is required but missing at " + executable);
			}
			Assumptions.abort("No Chromium at " + executable + " (install chromium, or set HF_CHROMIUM_PATH)");
		}
		return new Chromium(executable);
	}

	/** A fresh page in its own context (own cookies), at the given viewport size. */
	public Page newPage(int width, int height) {
		return this.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("nb-NO")
			// Narrow viewports are phones: touch, so tests can tap like a thumb.
			.setHasTouch(width < 600)
			.setIsMobile(width < 600)).newPage();
	}

	/**
	 * As {@link #newPage(int, int)}, with JavaScript switched off: for pages that must
	 * work without it.
	 */
	public Page newPageWithoutJavaScript(int width, int height) {
		return this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
				.setLocale("nb-NO")
				.setHasTouch(width < 600)
				.setIsMobile(width < 600)
				.setJavaScriptEnabled(false))
			.newPage();
	}

	/**
	 * Closes every page a test left open, so none of them (a retry timer, a service
	 * worker) reaches the server while the next test empties the database.
	 */
	public void closePages() {
		for (com.microsoft.playwright.BrowserContext context : new java.util.ArrayList<>(this.browser.contexts())) {
			context.close();
		}
	}

	/**
	 * The page once its stylesheets have loaded: a click on a link returns when the new
	 * page's text is there, and on a busy machine its layout may still lack the CSS, so a
	 * width measured then is the unstyled page's.
	 */
	public static Page laidOut(Page page) {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		return page;
	}

	public static void screenshot(Page page, String name) {
		Path file = Path.of("target", "screenshots", name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		assertThat(file).exists();
	}

	/**
	 * Runs axe-core's WCAG 2.1 A and AA rules in the page; any violation fails the test.
	 */
	public static void assertAccessible(Page page) {
		assertThat(accessibilityViolations(page)).as("axe WCAG 2.1 AA violations on " + page.url()).isEmpty();
	}

	/**
	 * axe-core's WCAG 2.1 A and AA rules, plus the one axe still calls experimental: a
	 * control's accessible name must contain its visible text (2.5.3, label in name). One
	 * line per rule that fails, with the elements it fails on.
	 */
	public static List<String> accessibilityViolations(Page page) {
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		AxeRunOptions options = new AxeRunOptions();
		options.setRules(Map.of("label-content-name-mismatch", enabled));
		// Only violations are reported in full; passes keep one example each (faster).
		options.setResultTypes(List.of("violations"));
		// Legacy mode runs axe in the page itself; the default opens a new browser page
		// per
		// scan to merge results from frames, which the app does not have.
		AxeResults results = new AxeBuilder(page).setLegacyMode(true)
			.options(options)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		return results.getViolations()
			.stream()
			.map((Rule rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
