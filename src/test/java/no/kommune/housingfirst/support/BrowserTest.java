package no.kommune.housingfirst.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base for real-browser tests: one Chromium for the whole run, an empty database before
 * each test, and logging in through the form as a person would.
 */
@ServerTest
public abstract class BrowserTest {

	protected static Chromium chromium;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestDatabase database;

	@Autowired
	protected TestStaff staff;

	@Autowired
	private LoginThrottle throttle;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.shared();
	}

	/** The browser stays for the next class; only this class's pages close. */
	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.closePages();
			chromium = null;
		}
	}

	@AfterEach
	void closePages() {
		if (chromium != null) {
			chromium.closePages();
		}
	}

	@BeforeEach
	void emptyDatabase() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	/** A new page of the given size, logged in through the login form. */
	protected Page loggedIn(String username, int width, int height) {
		return logIn(chromium.newPage(width, height), username);
	}

	/** As {@link #loggedIn}, in a browser that runs no JavaScript. */
	protected Page loggedInWithoutJavaScript(String username, int width, int height) {
		return logIn(chromium.newPageWithoutJavaScript(width, height), username);
	}

	private Page logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill(username);
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		assertThat(page).hasURL(url("/"));
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
