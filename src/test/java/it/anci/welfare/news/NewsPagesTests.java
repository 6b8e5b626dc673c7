package it.anci.welfare.news;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import it.anci.welfare.common.RichText;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every news item of the seed pages, the list with its filters, the feeds and the sanitized bodies. */
@PortalTest
class NewsPagesTests {

	@LocalServerPort
	int port;

	@Test
	void everySeedNewsItemIsPublishedWithItsTitleDateAndText() {
		String list = Http.get(this.port, "/notizie").body();
		assertThat(list).contains("<strong>9</strong> <span>notizie</span>");
		String collection = Http.get(this.port, "/notizie/servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche").body();
		assertThat(collection).contains("Servizi sociali al tempo del Coronavirus: una raccolta di pratiche dai Comuni",
				"7 luglio 2020", "227 di queste sono confluite", "Bergamo e di Bari", "href=\"/pratiche\"",
				"Nota della redazione", "href=\"/pratiche/la-raccolta\"")
			// the publication's title is not a link to the catalogue, which does not hold the publication's cards
			.doesNotContain("<a href=\"/pratiche\" rel=\"noopener\">I Servizi sociali al tempo del Coronavirus</a>");
		String convocation = Http.get(this.port, "/notizie/convocazione-incontro-welfare-comuni-capofila-5-febbraio-2020").body();
		assertThat(convocation).contains("5 febbraio 2020", "Sala Falcone Borsellino", "Piazza Italia 11",
				"Linee guida tutela dei minori", "Case popolari",
				"href=\"/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020\"");
		String food = Http.get(this.port, "/notizie/misure-urgenti-di-solidarieta-alimentare-tracce-per-i-comuni").body();
		assertThat(food).contains("Ordinanza", "658", "href=\"/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare\"");
		for (String slug : List.of("progetto-wifi-conclusione-percorso-integrazione-innovazione-cittadini-paesi-terzi",
				"dl-rilancio-nota-di-lettura-misure-sociali-e-sociosanitarie",
				"convocazione-consulta-politiche-di-coesione-sociale-e-welfare-23-gennaio-2020",
				"unicef-manifesto-dei-sindaci-citta-amiche-dei-bambini-e-degli-adolescenti",
				"seminario-gioco-dazzardo-patologico-una-sfida-comune-18-marzo-2019",
				"rilevazione-attivita-cooperazione-allo-sviluppo-comuni-2020")) {
			var page = Http.get(this.port, "/notizie/" + slug);
			assertThat(page.statusCode()).as(slug).isEqualTo(200);
			assertThat(page.body()).as(slug).doesNotContain("href=\"#\"");
		}
		assertThat(Http.get(this.port, "/notizie/seminario-gioco-dazzardo-patologico-una-sfida-comune-18-marzo-2019").body())
			.contains("Villa Umbra", "9.00");
	}

	@Test
	void listIsNewestFirstAndFilters() {
		String list = Http.get(this.port, "/notizie").body();
		assertThat(list.indexOf("Rilevazione attività di cooperazione")).isLessThan(list.indexOf("UNICEF"));
		String notices = Http.get(this.port, "/notizie?tipo=avviso").body();
		assertThat(notices).contains("<strong>3</strong>").doesNotContain("Progetto WIFI");
		assertThat(Http.get(this.port, "/notizie?anno=2019").body()).contains("<strong>2</strong>");
		assertThat(Http.get(this.port, "/notizie?argomento=Covid-19").body()).contains("raccolta di pratiche");
		assertThat(Http.get(this.port, "/notizie?q=gioco+azzardo").body()).contains("<strong>1</strong>");
		assertThat(Http.get(this.port, "/notizie?tipo=sconosciuto").body()).contains("Il tipo «sconosciuto» non esiste");
		assertThat(Http.get(this.port, "/notizie?pagina=abc").statusCode()).isEqualTo(400);
		assertThat(Http.get(this.port, "/notizie/non-esiste").statusCode()).isEqualTo(404);
	}

	@Test
	void feedsParseAndListTheNewestItemsFirst() throws Exception {
		for (String feed : List.of("/notizie/feed.rss", "/notizie/feed.atom")) {
			var response = Http.get(this.port, feed, "*/*");
			assertThat(response.statusCode()).isEqualTo(200);
			SyndFeed parsed = new SyndFeedInput().build(new StringReader(response.body()));
			List<SyndEntry> entries = parsed.getEntries();
			assertThat(entries).hasSize(9);
			assertThat(entries.get(0).getTitle()).startsWith("Rilevazione attività di cooperazione");
			assertThat(entries).extracting(e -> e.getPublishedDate() == null ? e.getUpdatedDate() : e.getPublishedDate())
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(entries.get(0).getLink()).endsWith("/notizie/rilevazione-attivita-cooperazione-allo-sviluppo-comuni-2020");
		}
		assertThat(Http.get(this.port, "/notizie").body()).contains("rel=\"alternate\" type=\"application/rss+xml\"");
	}

	@Test
	void markdownBecomesInertHtml() {
		String html = RichText.toHtml("""
				**grassetto** [ok](https://example.org) [interno](/pratiche)
				<script>alert(1)</script> <img src=x onerror=alert(1)>
				[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
				<a href="https://x.org" onclick="alert(1)" style="color:red">x</a>""");
		assertThat(html).contains("<strong>grassetto</strong>", "href=\"https://example.org\"", "href=\"/pratiche\"")
			.doesNotContain("<script", "<img", "onerror=", "onclick=", "href=\"javascript", "data:text", "style=\"");
	}

}
