package it.anci.welfare.web;

import it.anci.welfare.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages over real HTTP: in Italian, in the site layout, with the right status and
 * no technical detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void unknownPageGetsTheItalian404Page() {
		var response = Http.get(this.port, "/questa-pagina-non-esiste");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Pagina non trovata</h1>", "Vai alla pagina iniziale", "Fonte ISTAT");
	}

	/**
	 * curl and link checkers send "Accept: *&#47;*": they got Spring's JSON error instead
	 * of the page (issue 15).
	 */
	@Test
	void aClientThatAcceptsAnythingGetsTheHtml404Page() {
		var response = Http.get(this.port, "/questa-pagina-non-esiste", "*/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>Pagina non trovata</h1>");
		var json = Http.get(this.port, "/questa-pagina-non-esiste", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
	}

	@Test
	void malformedParameterGetsThe400Page() {
		var response = Http.get(this.port, "/test-errors/number?n=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<h1>Richiesta non valida</h1>").doesNotContain("NumberFormatException");
	}

	@Test
	void forbiddenGetsThe403Page() {
		var response = Http.get(this.port, "/test-errors/forbidden");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1>Accesso non consentito</h1>");
	}

	@Test
	void failureGetsThe500PageWithoutStackTraceOrFrameworkNames() {
		var response = Http.get(this.port, "/test-errors/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<h1>Si è verificato un errore</h1>")
			.doesNotContain("segreto-interno", "IllegalStateException", "at it.anci", "Whitelabel", "Spring", "Tomcat");
	}

	@Test
	void aWrongMethodGetsTheGenericItalianPageNotTheFailureOne() {
		var response = Http.get(this.port, "/test-errors/only-post");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("<h1>Richiesta non eseguibile</h1>", "Vai alla pagina iniziale")
			.doesNotContain("problema del portale", "Whitelabel", "Spring", "Tomcat");
	}

	@TestConfiguration
	static class FailingEndpoints {

		@RestController
		static class FailingController {

			@GetMapping("/test-errors/number")
			String number(@RequestParam int n) {
				return "n=" + n;
			}

			@GetMapping("/test-errors/forbidden")
			String forbidden() {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}

			@PostMapping("/test-errors/only-post")
			String onlyPost() {
				return "ok";
			}

			@GetMapping("/test-errors/boom")
			String boom() {
				throw new IllegalStateException("segreto-interno");
			}

		}

	}

}
