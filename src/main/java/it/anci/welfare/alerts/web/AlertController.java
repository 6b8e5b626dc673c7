package it.anci.welfare.alerts.web;

import java.util.Optional;

import it.anci.welfare.alerts.Frequency;
import it.anci.welfare.alerts.SavedSearch;
import it.anci.welfare.alerts.SearchAlerts;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.common.PrivateLinks;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Avvisami": the subscription form for a catalogue search, the confirmation link, the
 * one-click unsubscribe (RFC 8058: a POST with no CSRF token, a GET shows the button) and
 * the private page of an address's subscriptions. The pages reached by a private link are
 * kept out of search engines.
 */
@Controller
class AlertController {

	private static final String SENT = "redirect:/avvisi/richiesta-inviata";

	private final SearchAlerts alerts;

	private final CatalogueFilters filters;

	AlertController(SearchAlerts alerts, CatalogueFilters filters) {
		this.alerts = alerts;
		this.filters = filters;
	}

	@GetMapping("/avvisi/nuovo")
	String form(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("form", AlertForm.empty());
		return form(this.filters.parse(parameters), model);
	}

	@PostMapping("/avvisi")
	String subscribe(@Valid @ModelAttribute("form") AlertForm form, BindingResult errors,
			@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CatalogueQuery query = this.filters.parse(parameters);
		if (form.filledByRobot()) {
			// a robot is told what a person is told, and nothing is stored or sent
			return SENT;
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(query, model);
		}
		Frequency frequency = Frequency.fromValue(form.frequenza()).orElseThrow();
		if (this.alerts.subscribe(form.email(), query, frequency) == SearchAlerts.Request.TOO_MANY) {
			response.setStatus(429);
			response.setHeader("Retry-After", "3600");
			model.addAttribute("searchUrl", query.onPage(1).url());
			return "alerts/too-many";
		}
		redirect.addFlashAttribute("email", SearchAlerts.normalized(form.email()));
		return SENT;
	}

	@GetMapping("/avvisi/richiesta-inviata")
	String sent() {
		return "alerts/sent";
	}

	@GetMapping("/avvisi/conferma/{token}")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<SearchAlerts.Alert> alert = PrivateLinks.token(token).flatMap(this.alerts::awaitingConfirmation);
		if (alert.isEmpty() || alert.get().expired()) {
			return invalidLink(alert.isEmpty() ? SearchAlerts.Confirmation.UNKNOWN : SearchAlerts.Confirmation.EXPIRED,
					model, response);
		}
		model.addAttribute("alert", alert.get());
		model.addAttribute("token", token);
		return "alerts/confirm";
	}

	@PostMapping("/avvisi/conferma/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<SearchAlerts.Alert> alert = PrivateLinks.token(token).flatMap(this.alerts::awaitingConfirmation);
		SearchAlerts.Confirmation outcome = PrivateLinks.token(token)
			.map(this.alerts::confirm)
			.orElse(SearchAlerts.Confirmation.UNKNOWN);
		if (outcome != SearchAlerts.Confirmation.CONFIRMED) {
			return invalidLink(outcome, model, response);
		}
		model.addAttribute("alert", alert.orElseThrow());
		return "alerts/confirmed";
	}

	@GetMapping("/avvisi/disdici/{token}")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		model.addAttribute("alert", PrivateLinks.token(token).flatMap(this.alerts::byUnsubscribeToken).orElse(null));
		model.addAttribute("token", token);
		return "alerts/unsubscribe";
	}

	/**
	 * RFC 8058: the mail client posts "List-Unsubscribe=One-Click"; a person posts the
	 * page's button. Both unsubscribe.
	 */
	@PostMapping("/avvisi/disdici/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<SearchAlerts.Alert> alert = PrivateLinks.token(token).flatMap(this.alerts::byUnsubscribeToken);
		alert.ifPresent(a -> this.alerts.unsubscribe(a.unsubscribeToken()));
		model.addAttribute("alert", alert.orElse(null));
		model.addAttribute("remaining", alert.flatMap(a -> this.alerts.recipient(a.manageToken())).orElse(null));
		return "alerts/unsubscribed";
	}

	@GetMapping("/avvisi/gestisci/{token}")
	String manage(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<SearchAlerts.Recipient> recipient = PrivateLinks.token(token).flatMap(this.alerts::recipient);
		if (recipient.isEmpty()) {
			return invalidLink(SearchAlerts.Confirmation.UNKNOWN, model, response);
		}
		model.addAttribute("recipient", recipient.get());
		return "alerts/manage";
	}

	@PostMapping("/avvisi/gestisci/{token}/disdici-tutti")
	String cancelAll(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		if (!PrivateLinks.token(token).map(this.alerts::cancelAll).orElse(false)) {
			return invalidLink(SearchAlerts.Confirmation.UNKNOWN, model, response);
		}
		return "alerts/cancelled";
	}

	private String form(CatalogueQuery query, Model model) {
		model.addAttribute("summary", CatalogueTitles.criteria(query));
		model.addAttribute("searchUrl", query.onPage(1).url());
		model.addAttribute("searchFields", SavedSearch.fields(query));
		model.addAttribute("frequencies", Frequency.values());
		return "alerts/form";
	}

	/**
	 * An unknown or used link is a 404, an expired one a 410: the page says which and
	 * what to do.
	 */
	private static String invalidLink(SearchAlerts.Confirmation outcome, Model model, HttpServletResponse response) {
		boolean expired = outcome == SearchAlerts.Confirmation.EXPIRED;
		response.setStatus(expired ? 410 : 404);
		model.addAttribute("expired", expired);
		return "alerts/invalid-link";
	}

}
