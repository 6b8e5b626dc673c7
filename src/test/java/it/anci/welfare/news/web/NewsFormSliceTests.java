package it.anci.welfare.news.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.Uploads;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsEditor;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.news.NewsType;
import it.anci.welfare.support.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The staff news form in a web slice: Bean Validation's 422 with the messages next to the
 * fields and nothing saved, a valid form saved through the editor and redirected, CSRF
 * and roles enforced by the portal's security chain. The editor is a mock: saving for
 * real is {@code NewsEditingTests}' work.
 */
@WebSliceTest(NewsAdminController.class)
@Import(NewsItemPage.class)
class NewsFormSliceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NewsEditor editor;

	@MockitoBean
	NewsService news;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	Uploads uploads;

	@MockitoBean
	DuplicateTitles titles;

	@Test
	void anIncompleteFormIsRefusedWith422AndTheMessagesNextToTheFields() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("type", "NOTIZIA")
			.param("title", " ")
			.param("summary", "Un sommario.")
			.param("body", "")
			.param("publishedAt", "2020-06-01T10:00")
			.exchange();

		assertThat(result).hasStatus(422);
		Document form = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(form.select("#title-error").text()).isEqualTo("Inserisca il titolo.");
		assertThat(form.select("#title").hasClass("is-invalid")).isTrue();
		assertThat(form.select("textarea#body + .invalid-feedback").text()).isEqualTo("Inserisca il testo.");
		assertThat(form.select("#summary").val()).as("what was typed is kept").isEqualTo("Un sommario.");
		assertThat(form.select("#summary-error")).isEmpty();
		then(this.editor).should(never()).create(any(), anyString(), anyString());
	}

	@Test
	void aCompleteFormIsSavedAndRedirectsWithAMessage() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("submissionToken", "token-1")
			.param("type", "AVVISO")
			.param("title", "Bando per il servizio civile")
			.param("summary", "Domande entro il 30 giugno.")
			.param("body", "Le domande si presentano **entro il 30 giugno**.")
			.param("topics", "Giovani, Servizio civile, Giovani")
			.param("published", "true")
			.param("publishedAt", "2020-06-01T10:00")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/notizie");
		assertThat(result).flash().containsEntry("message", "Notizia salvata e pubblicata.");
		ArgumentCaptor<NewsEditor.Draft> saved = ArgumentCaptor.forClass(NewsEditor.Draft.class);
		then(this.editor).should().create(saved.capture(), eq("token-1"), eq("redattrice"));
		assertThat(saved.getValue().type()).isEqualTo(NewsType.AVVISO);
		assertThat(saved.getValue().topics()).containsExactly("Giovani", "Servizio civile");
		assertThat(saved.getValue().published()).isTrue();
		assertThat(saved.getValue().publishedAt())
			.isEqualTo(LocalDateTime.of(2020, 6, 1, 10, 0).atZone(ZoneId.of("Europe/Rome")).toInstant());
	}

	/**
	 * Someone else saved the item meanwhile: the error advice's one conflict page, 409,
	 * with both versions.
	 */
	@Test
	void aStaleSaveGetsTheConflictPage() {
		willThrow(StaleEditException.of("La notizia è stata modificata da un'altra persona", "/admin/notizie/7",
				"Titolo mio", "Titolo salvato", List.of(StaleEditException.Field.line("Titolo", (String t) -> t))))
			.given(this.editor)
			.update(any(), anyString());
		MvcTestResult result = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("id", "7")
			.param("version", "3")
			.param("type", "NOTIZIA")
			.param("title", "Titolo mio")
			.param("summary", "Un sommario.")
			.param("body", "Un testo.")
			.param("publishedAt", "2020-06-01T10:00")
			.exchange();

		assertThat(result).hasStatus(409);
		Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select("main h1").text()).isEqualTo("La notizia è stata modificata da un'altra persona");
		assertThat(page.select("main dd").eachText()).containsExactly("Titolo mio", "Titolo salvato");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.param("title", "Senza token")
			.exchange()).hasStatus(403);
		then(this.editor).shouldHaveNoInteractions();
	}

	@Test
	void anAnonymousVisitorIsSentToTheLogin() {
		for (String path : List.of("/admin/notizie/nuova", "/admin/notizie/7/anteprima")) {
			assertThat(this.mvc.get().uri(path).exchange()).as(path)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.endsWith("/login");
		}
	}

	/**
	 * The preview is the public page of any item, a draft too, with a way back to the
	 * form.
	 */
	@Test
	void thePreviewIsThePublicPageWithANotice() {
		given(this.news.preview(7))
			.willReturn(new NewsItem(7, "bozza", NewsType.AVVISO, "Una bozza", "Sommario.", "<p>Testo.</p>", List.of(),
					false, Instant.parse("2030-01-01T08:00:00Z"), Instant.parse("2020-06-01T08:00:00Z"), List.of()));

		Document page = Jsoup.parse(new String(this.mvc.get()
			.uri("/admin/notizie/7/anteprima")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select("main h1").text()).isEqualTo("Una bozza");
		assertThat(page.selectFirst("main .alert-warning a").attr("href")).isEqualTo("/admin/notizie/7");
	}

}
