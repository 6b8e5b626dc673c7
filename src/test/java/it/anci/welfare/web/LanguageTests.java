package it.anci.welfare.web;

import it.anci.welfare.support.PortalTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface in Italian or English: chosen by the header's switch ({@code ?lang=},
 * remembered in a cookie), else by the browser's language, else Italian; the page says
 * its language and links its other version.
 */
@PortalTest
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void italianByDefaultWithALinkToTheEnglishPage() throws Exception {
		Document page = page(this.mvc.get().uri("/notizie").exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("it");
		assertThat(page.select("nav a.nav-link").eachText()).contains("Pratiche", "Notizie", "Riunioni", "Modelli");
		assertThat(page.select("a.language-switch").eachText()).containsExactly("English");
		assertThat(page.selectFirst("a.language-switch").attr("href")).endsWith("/notizie?lang=en");
		assertThat(page.selectFirst("a.language-switch").attr("lang")).isEqualTo("en");
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("it", "en",
				"x-default");
		assertThat(page.selectFirst("link[hreflang=en]").attr("href")).isEqualTo("http://localhost/notizie?lang=en");
		assertThat(page.selectFirst("link[hreflang=x-default]").attr("href")).isEqualTo("http://localhost/notizie");
	}

	@Test
	void theSwitchGivesTheEnglishInterfaceAndRemembersIt() throws Exception {
		MvcTestResult switched = this.mvc.get().uri("/notizie?lang=en").exchange();
		Document page = page(switched);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("nav a.nav-link").eachText()).contains("Practices", "News", "Meetings", "Templates");
		assertThat(page.select("a.language-switch").eachText()).containsExactly("Italiano");
		assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
		Cookie remembered = switched.getResponse().getCookie("lang");
		assertThat(remembered).isNotNull();
		assertThat(remembered.getValue()).isEqualTo("en");
		// a page that sets a cookie is never kept by a shared cache
		assertThat(switched.getResponse().getHeader("Cache-Control")).doesNotContain("public");

		Document next = page(this.mvc.get().uri("/riunioni").cookie(new Cookie("lang", "en")).exchange());
		assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");
		Document back = page(this.mvc.get().uri("/riunioni?lang=it").cookie(new Cookie("lang", "en")).exchange());
		assertThat(back.selectFirst("html").attr("lang")).isEqualTo("it");
	}

	@Test
	void theBrowserLanguageChoosesAmongItalianAndEnglishOnly() throws Exception {
		assertThat(lang(this.mvc.get().uri("/").header("Accept-Language", "en-GB,en;q=0.8").exchange()))
			.isEqualTo("en");
		assertThat(lang(this.mvc.get().uri("/").header("Accept-Language", "de-DE,fr;q=0.8").exchange()))
			.isEqualTo("it");
		assertThat(lang(this.mvc.get().uri("/").header("Accept-Language", "de,en;q=0.5").exchange())).isEqualTo("en");
		assertThat(lang(this.mvc.get().uri("/?lang=fr").exchange())).isEqualTo("it");
	}

	@Test
	void cachedPagesDifferByLanguage() throws Exception {
		MvcTestResult italian = this.mvc.get().uri("/notizie").exchange();
		MvcTestResult english = this.mvc.get().uri("/notizie").header("Accept-Language", "en").exchange();
		String etag = italian.getResponse().getHeader("ETag");
		assertThat(etag).isNotNull().isNotEqualTo(english.getResponse().getHeader("ETag"));
		assertThat(italian.getResponse().getHeaders("Vary")).anyMatch(v -> v.contains("Accept-Language"));
		// the English reader's validator does not match the Italian page
		assertThat(this.mvc.get()
			.uri("/notizie")
			.header("Accept-Language", "en")
			.header("If-None-Match", etag)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.get().uri("/notizie").header("If-None-Match", etag).exchange().getResponse().getStatus())
			.isEqualTo(304);
	}

	private static String lang(MvcTestResult result) throws Exception {
		return page(result).selectFirst("html").attr("lang");
	}

	private static Document page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
