package it.anci.welfare.intake.web;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.intake.ContactRelay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page that writes to whoever ran a practice, without showing their address. */
@Controller
class ContactController {

	private final CatalogueService catalogue;

	private final ContactRelay relay;

	ContactController(CatalogueService catalogue, ContactRelay relay) {
		this.catalogue = catalogue;
		this.relay = relay;
	}

	@GetMapping("/pratiche/{slug}/contatta")
	String form(@PathVariable String slug, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		return form(this.catalogue.practice(slug), ContactForm.empty(), model);
	}

	@PostMapping("/pratiche/{slug}/contatta")
	String send(@PathVariable String slug, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		response.setHeader("Cache-Control", "no-store");
		PracticeDetails card = this.catalogue.practice(slug);
		model.addAttribute("practice", card);
		if (form.filledByRobot()) {
			// a robot is told what a person is told, and nothing is sent
			return "redirect:/pratiche/" + slug + "/contatta/inviato";
		}
		if (this.relay.recipient(card) == ContactRelay.Recipient.NONE) {
			response.setStatus(404);
			return form(card, form, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(card, form, model);
		}
		if (this.relay.send(slug, form.message(), request.getRemoteAddr()) == ContactRelay.Outcome.TOO_MANY) {
			response.setStatus(429);
			response.setHeader("Retry-After", "3600");
			model.addAttribute("tooMany", true);
			return form(card, form, model);
		}
		redirect.addFlashAttribute("email", form.email().toLowerCase(java.util.Locale.ROOT));
		return "redirect:/pratiche/" + slug + "/contatta/inviato";
	}

	@GetMapping("/pratiche/{slug}/contatta/inviato")
	String sent(@PathVariable String slug, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("practice", this.catalogue.practice(slug));
		return "intake/contact-sent";
	}

	private String form(PracticeDetails card, ContactForm form, Model model) {
		model.addAttribute("practice", card);
		model.addAttribute("form", form);
		model.addAttribute("recipient", this.relay.recipient(card));
		return "intake/contact";
	}

}
