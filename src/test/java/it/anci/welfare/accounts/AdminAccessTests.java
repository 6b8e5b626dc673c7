package it.anci.welfare.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every back-office route, enumerated from the application's request mappings so that a
 * new route is covered without editing this test: anonymous users go to the login page,
 * EDITOR is refused where ADMIN is required.
 */
@PortalTest
class AdminAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(HttpMethod method, String path, boolean adminOnly) {
	}

	List<Route> adminRoutes() {
		AntPathMatcher matcher = new AntPathMatcher();
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				boolean adminOnly = java.util.Arrays.stream(SecurityConfiguration.ADMIN_ONLY)
					.anyMatch(p -> matcher.match(p, path));
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), path, adminOnly));
				}
			}
		}
		return routes;
	}

	@Test
	void theRouteListIsNotEmpty() {
		assertThat(adminRoutes()).extracting(Route::path).contains("/admin", "/admin/utenti", "/admin/password");
	}

	@Test
	void anonymousUsersAreSentToTheLoginPage() {
		for (Route route : adminRoutes()) {
			var result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(route.method(), route.path())
				.with(csrf()));
			assertThat(result).as("%s %s", route.method(), route.path()).hasStatus3xxRedirection();
			assertThat(result.getResponse().getRedirectedUrl()).as("%s %s", route.method(), route.path())
				.endsWith("/login");
		}
	}

	@Test
	void editorsAreRefusedWhereAdministratorsAreRequired() {
		List<Route> adminOnly = adminRoutes().stream().filter(Route::adminOnly).toList();
		assertThat(adminOnly).isNotEmpty();
		for (Route route : adminOnly) {
			var result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(route.method(), route.path())
				.with(csrf())
				.with(user("redattore").roles("EDITOR")));
			assertThat(result).as("%s %s", route.method(), route.path()).hasStatus(403);
		}
	}

	@Test
	void editorsReachTheRestOfTheBackOffice() {
		for (Route route : adminRoutes()) {
			if (route.adminOnly() || route.method() != HttpMethod.GET || route.path().contains("/1")) {
				continue;
			}
			var result = this.mvc.get().uri(route.path()).with(user("redattore").roles("EDITOR")).exchange();
			assertThat(result.getResponse().getStatus()).as(route.path()).isNotIn(401, 403);
		}
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		var result = this.mvc.post()
			.uri("/admin/utenti")
			.with(user("capo").roles("ADMIN"))
			.param("username", "intruso")
			.param("displayName", "Intruso")
			.param("role", "ADMIN")
			.param("password", "una password lunga e nuova")
			.exchange();
		assertThat(result).hasStatus(403);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
	}

	@Test
	void logoutIsAPost() {
		assertThat(this.mvc.get().uri("/logout").with(user("capo").roles("ADMIN")).exchange().getResponse().getStatus())
			.isNotEqualTo(302);
		assertThat(this.mvc.post().uri("/logout").with(user("capo").roles("ADMIN")).with(csrf()).exchange())
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?uscito");
	}

	@Test
	void usersPageShowsFieldMessagesInItalianAndKeepsWhatWasTyped() throws Exception {
		var result = this.mvc.post()
			.uri("/admin/utenti")
			.with(user("capo").roles("ADMIN"))
			.with(csrf())
			.param("username", "nuova.redattrice")
			.param("displayName", "Anna Bianchi")
			.param("role", "EDITOR")
			.param("password", "password1234")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString()).contains("Questa password è tra le più usate")
			.contains("value=\"nuova.redattrice\"")
			.contains("value=\"Anna Bianchi\"");
	}

}
