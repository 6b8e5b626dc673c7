package it.anci.welfare.intake.web;

import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.common.PrivateLinks;
import it.anci.welfare.files.UploadRejectedException;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.territory.Comune;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Proponi una pratica": the public form of a proposal, with its documents. Its pages are
 * kept out of search engines and caches (what is typed is a person's).
 */
@Controller
class ProposalController {

	private static final String SENT = "redirect:/pratiche/proponi/inviata";

	private final Proposals proposals;

	private final CardChecks checks;

	private final ProposalFormPage page;

	ProposalController(Proposals proposals, CardChecks checks, ProposalFormPage page) {
		this.proposals = proposals;
		this.checks = checks;
		this.page = page;
	}

	/**
	 * {@code replica}: "L'abbiamo replicata", from the card of the practice the
	 * municipality took up.
	 */
	@GetMapping("/pratiche/proponi")
	String form(@RequestParam(name = "replica", required = false) String replica, Model model,
			HttpServletResponse response) {
		PrivateLinks.protect(response);
		return this.page.show(model, ProposalForm.empty(replica), null);
	}

	/**
	 * A browser never keeps a chosen file: when the form comes back, the page says to
	 * choose the documents again ({@code documentsLost}).
	 */
	@PostMapping("/pratiche/proponi")
	String submit(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@RequestParam(name = "documenti", required = false) List<MultipartFile> documenti, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PrivateLinks.protect(response);
		if (form.filledByRobot()) {
			// a robot is told what a person is told, and nothing is stored or sent
			return SENT;
		}
		List<MultipartFile> documents = documenti == null ? List.of()
				: documenti.stream().filter(d -> !d.isEmpty()).toList();
		model.addAttribute("documentsLost", !documents.isEmpty());
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (documents.size() > Proposals.MAX_DOCUMENTS) {
			errors.reject("intake.documents.tooMany", new Object[] { Proposals.MAX_DOCUMENTS, documents.size() }, null);
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return this.page.show(model, form, null);
		}
		Proposals.Submission submission;
		try {
			submission = this.proposals.submit(form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()),
					form.submitter(), form.contactShown(), form.replica(), request.getRemoteAddr(), documents);
		}
		catch (UploadRejectedException rejected) {
			errors.reject("intake.documents.rejected", new Object[] { rejected.text() }, null);
			response.setStatus(422);
			return this.page.show(model, form, null);
		}
		if (!submission.accepted()) {
			// the form again, with everything typed, and what to do
			response.setStatus(429);
			response.setHeader("Retry-After", "3600");
			model.addAttribute("tooMany", true);
			return this.page.show(model, form, null);
		}
		redirect.addFlashAttribute("email", submission.email());
		return SENT;
	}

	@GetMapping("/pratiche/proponi/inviata")
	String sent(HttpServletResponse response) {
		PrivateLinks.protect(response);
		return "intake/sent";
	}

}
