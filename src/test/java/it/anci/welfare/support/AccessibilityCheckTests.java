package it.anci.welfare.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility check every browser test relies on finds what it is there to find: a
 * page with serious WCAG violations is not passed.
 */
class AccessibilityCheckTests {

	@Test
	void seriousViolationsOfAPageAreReported() {
		try (Browser browser = new Browser()) {
			Page page = browser.newPage(1280);
			page.setContent("<!doctype html><html><head><title>Prova</title></head><body><main>"
					+ "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
					+ "<p style='color:#ddd;background:#fff'>Testo poco leggibile</p></main></body></html>");
			assertThat(Browser.seriousAccessibilityViolations(page)).anyMatch(v -> v.startsWith("image-alt"))
				.anyMatch(v -> v.startsWith("color-contrast"))
				.anyMatch(v -> v.startsWith("html-has-lang"));
		}
	}

}
