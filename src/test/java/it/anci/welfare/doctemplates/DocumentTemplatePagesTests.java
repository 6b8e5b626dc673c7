package it.anci.welfare.doctemplates;

import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The eight food-solidarity templates are published with their text and visible placeholders. */
@PortalTest
class DocumentTemplatePagesTests {

	@LocalServerPort
	int port;

	@Test
	void theCategoryListsTheEightTemplates() {
		String category = Http.get(this.port, "/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020").body();
		assertThat(category).contains("Solidarietà alimentare — OCDPC n. 658/2020");
		assertThat(category.split("href=\"/modelli/[a-z0-9-]+\"").length - 1).isEqualTo(8);
		for (String slug : List.of("atto-di-indirizzo-giunta-solidarieta-alimentare", "modulo-domanda-beneficiari-buoni-spesa",
				"avviso-manifestazione-interesse-esercizi-commerciali", "modulo-adesione-esercizi-commerciali",
				"nota-tecnica-contabilizzazione-entrata-ocdpc-658-2020",
				"schema-delibera-variazione-bilancio-esercizio-provvisorio",
				"schema-delibera-variazione-bilancio-previsione-approvato", "lettera-ai-sindaci-anci-umbria")) {
			var page = Http.get(this.port, "/modelli/" + slug);
			assertThat(page.statusCode()).as(slug).isEqualTo(200);
			assertThat(page.body()).as(slug).contains("[Comune di …]", "Riferimenti normativi", "Richieda un formato accessibile");
		}
	}

	@Test
	void theActOfTheGiuntaHasItsHeadings() {
		assertThat(Http.get(this.port, "/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare").body())
			.contains("<h1>[Comune di …]</h1>", "658");
	}

	@Test
	void unknownTemplatesAndCategoriesGetThe404Page() {
		assertThat(Http.get(this.port, "/modelli/non-esiste").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/modelli/categorie/non-esiste").statusCode()).isEqualTo(404);
	}

}
