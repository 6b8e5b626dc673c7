package it.anci.welfare.news.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import it.anci.welfare.accounts.PortalSecurityForSlices;
import it.anci.welfare.common.InvalidRequestException;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.news.NewsService.NewsPage;
import it.anci.welfare.news.NewsService.NewsQuery;
import it.anci.welfare.news.NewsType;
import it.anci.welfare.support.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * The public news pages in a web slice: the controller, its views and the error advice,
 * with the services mocked and no database. What the pages show of real data is checked
 * by {@code NewsPagesTests} on the whole portal.
 */
@WebSliceTest(NewsController.class)
@Import({ NewsItemPage.class, NewsFeed.class })
class NewsControllerSliceTests {

	private static final NewsQuery ALL = new NewsQuery(null, null, null, "", 1, List.of());

	private static final NewsItem ITEM = new NewsItem(7, "bando-servizio-civile", NewsType.AVVISO,
			"Bando per il servizio civile nei Comuni", "Domande entro il 30 giugno.",
			"<p>Le domande si presentano <strong>entro il 30 giugno</strong>.</p>", List.of("Giovani"), false,
			Instant.parse("2020-06-01T08:00:00Z"), Instant.parse("2020-06-01T08:00:00Z"), List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@MockitoBean
	NewsService news;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	FileDownloads downloads;

	@Test
	void theSliceHasNoDatabase() {
		assertThat(this.context.getBeanNamesForType(DataSource.class)).isEmpty();
	}

	@Test
	void theListShowsWhatTheServiceFound() {
		given(this.news.parse(any())).willReturn(ALL);
		given(this.news.search(ALL))
			.willReturn(new NewsPage(ALL, List.of(ITEM), 1, 1, List.of("Giovani"), List.of(2020)));

		Document page = page(this.mvc.get().uri("/notizie").exchange());
		assertThat(page.select("main h1").text()).isEqualTo("Notizie");
		assertThat(page.select("main p[role=status]").text()).startsWith("1 notizia");
		assertThat(page.select("article.news-item h2 a").eachAttr("href"))
			.containsExactly("/notizie/bando-servizio-civile");
		assertThat(page.select("article.news-item .badge").eachText()).containsExactly("Avviso");
		assertThat(page.select("article.news-item").text()).contains("Domande entro il 30 giugno.");
	}

	@Test
	void anEmptyResultSaysSo() {
		given(this.news.parse(any())).willReturn(ALL);
		given(this.news.search(ALL)).willReturn(new NewsPage(ALL, List.of(), 0, 1, List.of(), List.of()));

		Document page = page(this.mvc.get().uri("/notizie").exchange());
		assertThat(page.select("main p[role=status]").text()).startsWith("0 notizie");
		assertThat(page.select("article.news-item")).isEmpty();
	}

	@Test
	void anItemShowsItsTitleDateAndSanitizedBody() {
		given(this.news.bySlug("bando-servizio-civile")).willReturn(ITEM);

		Document page = page(this.mvc.get().uri("/notizie/bando-servizio-civile").exchange());
		assertThat(page.select("main h1").text()).isEqualTo("Bando per il servizio civile nei Comuni");
		assertThat(page.select("main time").attr("datetime")).isEqualTo("2020-06-01T08:00:00Z");
		assertThat(page.select("main time").text()).isEqualTo("1 giugno 2020");
		assertThat(page.select("main .news-body strong").text()).isEqualTo("entro il 30 giugno");
		assertThat(page.select("main a[href='/notizie?argomento=Giovani']")).isNotEmpty();
	}

	/**
	 * A page number that is not a number: the error advice's 400 page says what to
	 * correct.
	 */
	@Test
	void anInvalidRequestGetsThe400PageWithItsMessage() {
		given(this.news.parse(any())).willThrow(new InvalidRequestException("Il numero di pagina «abc» non è valido."));

		MvcTestResult result = this.mvc.get().uri("/notizie?pagina=abc").exchange();
		assertThat(result).hasStatus(400);
		Document page = page(result);
		assertThat(page.select("main h1").text()).isEqualTo("Richiesta non valida");
		assertThat(page.select("main .alert-warning").text()).isEqualTo("Il numero di pagina «abc» non è valido.");
	}

	/** An unknown slug is a 404, and the exception's text never reaches the visitor. */
	@Test
	void anUnknownItemIsA404() {
		given(this.news.bySlug("non-esiste")).willThrow(new NotFoundException("news non-esiste"));

		MvcTestResult result = this.mvc.get().uri("/notizie/non-esiste").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("news non-esiste");
	}

	@Test
	void theFeedsListTheLatestItems() {
		given(this.news.latest(anyInt())).willReturn(List.of(ITEM));

		MvcTestResult atom = this.mvc.get().uri("/notizie/feed.atom").exchange();
		assertThat(atom).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		assertThat(atom).bodyText()
			.contains("<title>Bando per il servizio civile nei Comuni</title>",
					"http://localhost/notizie/bando-servizio-civile");
	}

	/**
	 * The portal's own security chain is in the slice: public pages are open with the
	 * strict content security policy.
	 */
	@Test
	void thePortalsSecurityChainApplies() {
		given(this.news.bySlug("bando-servizio-civile")).willReturn(ITEM);
		assertThat(this.mvc.get().uri("/notizie/bando-servizio-civile").exchange()).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy", PortalSecurityForSlices.CONTENT_SECURITY_POLICY);
	}

	private static Document page(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
