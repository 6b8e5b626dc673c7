package it.anci.welfare.catalogue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The social worker's minute, in Chromium: search, filter, read, compare, export. */
@BrowserTest
class CatalogueBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * After two filters the first result was at y≈1,200 px on a desktop and y≈2,200 on a
	 * phone, below the map and the filters (issue 15): now it is in the first screen, and
	 * the compare tray is in view while selecting.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "1280x900", "390x844" })
	void theFirstResultIsInTheFirstScreenAfterTwoFilters(String size) {
		int width = Integer.parseInt(size.split("x")[0]);
		int height = Integer.parseInt(size.split("x")[1]);
		Page page = browser.newPage(width);
		page.setViewportSize(width, height);
		page.navigate(url("/pratiche?regione=lombardia&utenza=ELD"));
		var first = page.locator("#results-list article").first().boundingBox();
		assertThat(first.y).as("top of the first result at " + size).isLessThan(height - 80);
		page.locator("#results-list article .compare-check")
			.first()
			.check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
		var tray = page.locator("#compare-form").boundingBox();
		assertThat(tray.y + tray.height).as("compare tray in view").isLessThanOrEqualTo(height + 1);
		assertThat(page.locator("details.catalogue-map").getAttribute("open")).isNull();
		if (width < 992) {
			assertThat(page.locator("a[href='#catalogue-filters']").isVisible()).isTrue();
		}
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
	}

	/**
	 * At 390 px the table showed one column with no hint that it scrolls (issue 15): a
	 * phone reads field after field.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1280, 390 })
	void theComparisonFitsTheScreen(int width) {
		var slugs = this.jdbc.sql("select slug from practice order by id limit 3").query(String.class).list();
		Page page = browser.newPage(width);
		page.navigate(url("/pratiche/confronta?id=" + String.join("&id=", slugs)));
		boolean phone = width < 768;
		assertThat(page.locator("table.compare-table").isVisible()).isEqualTo(!phone);
		assertThat(page.locator(".compare-narrow").isVisible()).isEqualTo(phone);
		if (phone) {
			var description = page.locator(".compare-field:has(h2:text-is('Descrizione')) dd");
			assertThat(description.count()).isEqualTo(3);
			assertThat(description.nth(2).isVisible()).isTrue();
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		}
		assertThat(page.locator("button[data-print]").isVisible()).isTrue();
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		assertThat(browser.problems()).isEmpty();
	}

	@Test
	void searchFilterOpenCompareAndExport() throws Exception {
		Page page = browser.newPage(1280);
		page.navigate(url("/"));
		page.fill("#home-q", "anziani");
		page.click("form.home-search button[type=submit]");
		page.waitForURL("**/pratiche?q=anziani");
		assertThat(page.textContent("#results-title")).contains("pratiche trovate");

		// a region and a size class: with JavaScript the results are replaced in place
		// and announced
		String region = this.jdbc.sql("""
				select r.slug from practice p join region r on r.code = p.region_code
				where p.search_vector @@ to_tsquery('italian_unaccent', '(anziani | anziano | anziana | anziane)')
				group by r.slug order by count(*) desc, r.slug limit 1""").query(String.class).single();
		page.click("#facet-regione summary");
		page.click("label[for=f-regione-" + region + "]");
		page.waitForURL("**regione=" + region + "**");
		page.waitForFunction("() => document.getElementById('results-status').textContent.length > 0");
		assertThat(page.textContent("#results-status")).contains("trovat");
		String size = page.getAttribute("#facet-dimensione input[type=checkbox]", "value");
		page.click("#facet-dimensione summary");
		page.click("label[for=f-dimensione-" + size + "]");
		page.waitForURL("**dimensione=" + size + "**");
		assertThat(page.textContent(".active-filters")).contains("Regione:").contains("Dimensione del Comune:");

		// open a card and add it, then a second one, to the comparison
		page.click("#results-list article:first-child h3 a");
		page.waitForURL("**/pratiche/*");
		assertThat(page.textContent("h1")).isNotBlank();
		page.click("[data-compare-add]");
		page.navigate(url("/pratiche?q=anziani"));
		page.click("#results-list article:nth-child(2) h3 a");
		page.click("[data-compare-add]");
		page.click("[data-compare-link]");
		page.waitForURL("**/pratiche/confronta?id=**");
		assertThat(page.locator("table.compare-table thead th[scope=col]").count()).isEqualTo(3);

		// export the filtered list as CSV
		page.navigate(url("/pratiche?q=anziani&regione=" + region));
		Download download = page.waitForDownload(() -> page.click("a:text-is(\"CSV\")"));
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFslug;url;titolo");
		long expected = this.jdbc.sql("""
				select count(*) from practice p join region r on r.code = p.region_code where r.slug = ?
				and p.search_vector @@ to_tsquery('italian_unaccent', '(anziani | anziano | anziana | anziane)')""")
			.param(region)
			.query(Long.class)
			.single();
		assertThat(csv.lines().count() - 1).isGreaterThanOrEqualTo(expected);
		assertThat(browser.problems()).isEmpty();
	}

	@Test
	void catalogueWorksWithoutJavaScript() {
		Page plain = browser.newPage(1280, false);
		plain.navigate(url("/pratiche"));
		plain.click("#facet-tipo summary");
		plain.click("label[for=f-tipo-MISTO]");
		plain.click("text=Applica filtri");
		plain.waitForURL("**tipo=MISTO**");
		assertThat(plain.textContent(".active-filters")).contains("Servizio misto");
		// a province of a region not chosen comes from the menu, then is listed as a
		// check box (issue 16)
		String province = this.jdbc
			.sql("select pr.car_plate from practice p join province pr on pr.code = p.province_code "
					+ "where p.classification = 'MISTO' group by 1 order by count(*) desc, 1 limit 1")
			.query(String.class)
			.single();
		plain.click("#facet-provincia summary");
		plain.selectOption("#f-provincia-menu", province);
		plain.click("text=Applica filtri");
		plain.waitForURL("**provincia=" + province + "**");
		assertThat(plain.isChecked("#f-provincia-" + province)).isTrue();
		assertThat(plain.textContent(".active-filters")).contains("Provincia:");
		plain.click("#results-list article:nth-child(1) .compare-check + label");
		plain.click("#results-list article:nth-child(2) .compare-check + label");
		plain.click("text=Confronta le pratiche selezionate");
		plain.waitForURL("**/pratiche/confronta?id=**");
		assertThat(plain.locator("table.compare-table thead th[scope=col]").count()).isEqualTo(3);
		plain.context().close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/pratiche", "/pratiche?q=anziani&regione=lombardia",
			"/pratiche?regione=valle-d-aosta&dimensione=oltre-100000", "CARD", "COMPARE", "/comuni/054039",
			"/regioni/umbria" })
	void pagesAreAccessibleAtDesktopAndPhoneWidths(String path) {
		String resolved = switch (path) {
			case "CARD" -> "/pratiche/"
					+ this.jdbc.sql("select slug from practice order by id limit 1").query(String.class).single();
			case "COMPARE" -> "/pratiche/confronta?id=" + String.join("&id=",
					this.jdbc.sql("select slug from practice order by id limit 2").query(String.class).list());
			default -> path;
		};
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(width);
			page.navigate(url(resolved));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(Browser.seriousAccessibilityViolations(page)).as("%s at %d px", resolved, width).isEmpty();
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
				.as("no horizontal scroll on %s at %d px", resolved, width)
				.isEqualTo(true);
		}
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
