package it.anci.welfare.support;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

/**
 * A headless Chromium ({@link Chromium} says which) driven by Playwright, recording
 * console errors and failed requests of every page it opens.
 */
public final class Browser implements AutoCloseable {

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final List<String> problems = new ArrayList<>();

	/** The contexts of the pages opened by the running test. */
	private final List<BrowserContext> opened = new ArrayList<>();

	private boolean closing;

	public Browser() {
		// the assertions that wait for a page's answer: time for a busy build machine
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		Chromium.Choice chromium = Chromium.choose();
		this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Chromium.NO_DOWNLOAD));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium.executable())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	/**
	 * A new page of the given width; console errors, page errors and failed requests are
	 * recorded.
	 */
	public Page newPage(int width) {
		return newPage(width, true);
	}

	public Page newPage(int width, boolean javaScriptEnabled) {
		BrowserContext context = this.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, 900)
				.setLocale("it-IT")
				.setJavaScriptEnabled(javaScriptEnabled)
				.setAcceptDownloads(true));
		this.opened.add(context);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			// failed loads are recorded by the request listeners below, which know
			// whether they were the page itself
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				record("console: " + message.text());
			}
		});
		page.onPageError(error -> record("page error: " + error));
		page.onRequestFailed(request -> {
			// the browser drops the favicon request when the page is left before it
			// arrives: not a fault of the page
			if (!(request.url().contains("/favicon") && "net::ERR_ABORTED".equals(request.failure()))) {
				record("failed request: " + request.url() + " " + request.failure());
			}
		});
		page.onResponse(response -> {
			if (response.status() >= 400 && !response.request().isNavigationRequest()) {
				record("HTTP " + response.status() + ": " + response.url());
			}
		});
		return page;
	}

	private void record(String problem) {
		if (!this.closing) { // a page being closed drops its pending requests
			this.problems.add(problem);
		}
	}

	/**
	 * Keeps a page open after its test, for the next tests of the class: it is closed
	 * with the browser.
	 */
	public Page kept(Page page) {
		this.opened.remove(page.context());
		return page;
	}

	/**
	 * Closes the pages opened by the test that has ended. Left open, their scripts kept
	 * running beside the next tests' pages: each page of a class of 28 took longer than
	 * the one before, from 6.5 to 16.5 s.
	 */
	public void closePages() {
		this.closing = true;
		try {
			this.opened.forEach(BrowserContext::close);
			this.opened.clear();
		}
		finally {
			this.closing = false;
		}
	}

	/** Console errors, failed requests and sub-resource errors seen so far. */
	public List<String> problems() {
		return List.copyOf(this.problems);
	}

	/**
	 * Serious and critical WCAG 2.1 AA violations reported by axe-core on the current
	 * page. Legacy mode runs {@code axe.run} in the page itself: the default
	 * ({@code runPartial} in every frame, then {@code finishRun} in a page of its own) is
	 * for cross-origin frames, which the portal has none of, and took twice as long
	 * (1.1–2.9 s a page against 0.5–1.4 s).
	 */
	public static List<String> seriousAccessibilityViolations(Page page) {
		List<Rule> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.setLegacyMode(true)
			.analyze()
			.getViolations();
		return violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " → "
					+ rule.getNodes().stream().map(node -> node.getTarget().toString()).limit(5).toList())
			.toList();
	}

	/**
	 * Logs in through the login form at {@code loginUrl} and waits for the back office to
	 * finish loading.
	 */
	public static void logIn(Page page, String loginUrl, String username, String password) {
		page.navigate(loginUrl);
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("main button[type=submit]");
		page.waitForURL("**/admin**");
		// leaving before the favicon arrives would abort its request, which counts as a
		// problem
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	/**
	 * Ticks a checkbox as a user does: Bootstrap Italia draws the box with the label and
	 * hides the input, so the label is what gets clicked (a forced click on the hidden
	 * input can miss it).
	 */
	public static void tick(Page page, String checkboxId) {
		page.click("label[for='" + checkboxId + "']");
		if (!page.isChecked("[id='" + checkboxId + "']")) {
			throw new AssertionError("Checkbox " + checkboxId + " did not get ticked");
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
