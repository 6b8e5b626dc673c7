package it.anci.welfare.catalogue.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.catalogue.TaxonomyService;
import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.ComuneLookup;
import it.anci.welfare.territory.TerritoryService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff editing of practice cards under /admin/pratiche: every field, publication, preview, deletion. */
@Controller
class PracticeAdminController {

	private final DuplicateTitles titles;

	private final PracticeEditor editor;

	private final CatalogueService catalogue;

	private final TaxonomyService taxonomy;

	private final TerritoryService territory;

	private final Clock clock;

	PracticeAdminController(PracticeEditor editor, CatalogueService catalogue, TaxonomyService taxonomy,
			TerritoryService territory, Clock clock, DuplicateTitles titles) {
		this.titles = titles;
		this.clock = clock;
		this.editor = editor;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.territory = territory;
	}

	@GetMapping("/admin/pratiche")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "stato", defaultValue = "") String state,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
		model.addAttribute("result", this.editor.rows(text, PracticeEditor.StateFilter.of(state),
				page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1));
		return "admin/practices/list";
	}

	@GetMapping("/admin/pratiche/nuova")
	String create(Model model) {
		return form(model, PracticeForm.empty());
	}

	@GetMapping("/admin/pratiche/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, PracticeForm.of(draft(id)));
	}

	@GetMapping("/admin/pratiche/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("practice", this.catalogue.preview(id));
		model.addAttribute("similar", List.of());
		model.addAttribute("staffPreviewId", id);
		return "catalogue/show";
	}

	@PostMapping("/admin/pratiche")
	String save(@Valid @ModelAttribute("form") PracticeForm form, BindingResult errors,
			@RequestParam(name = DuplicateTitles.CONFIRMATION, required = false) String confirmation, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ComuneLookup comune = this.territory.resolveComune(form.comune());
		if (comune.found().isEmpty() && !errors.hasFieldErrors("comune")) {
			errors.rejectValue("comune", "unknown", comune.problem());
		}
		for (String field : this.taxonomy.taxonomy().unknownCodes(form.classification(), form.service())) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "unknown", "Uno dei valori scelti non esiste più nell'elenco: ricarichi la pagina e scelga di nuovo.");
			}
		}
		checkStart(form, errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, form);
		}
		Optional<String> duplicate = this.titles.before(DuplicateTitles.Kind.PRACTICE, form.id(), form.title(),
				form.submissionToken(), confirmation);
		if (duplicate.isPresent()) {
			response.setStatus(422);
			model.addAttribute("duplicateOf", duplicate.get());
			return form(model, form);
		}
		Comune found = comune.found().get();
		long id;
		if (form.id() == null) {
			id = this.editor.create(form.toDraft(found.istatCode()), found, form.submissionToken(), principal.getName());
		}
		else {
			id = form.id();
			this.editor.update(form.toDraft(found.istatCode()), found, principal.getName());
		}
		redirect.addFlashAttribute("message", form.isPublished() ? "Scheda salvata e pubblicata." : "Scheda salvata come bozza.");
		return "redirect:/admin/pratiche/" + id;
	}

	@PostMapping("/admin/pratiche/{id}/elimina")
	String delete(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PracticeEditor.Draft draft = draft(id);
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			model.addAttribute("deleteError", "Per eliminare la scheda spunti la casella di conferma.");
			return form(model, PracticeForm.of(draft));
		}
		this.editor.delete(id, principal.getName());
		redirect.addFlashAttribute("message", "Scheda «" + draft.card().title() + "» eliminata.");
		return "redirect:/admin/pratiche";
	}

	/** The form checks the shape of the date; here it must also be a real, past date ("2020-02-30" is not). */
	private void checkStart(PracticeForm form, BindingResult errors) {
		if (errors.hasFieldErrors("startDate")) {
			return;
		}
		Optional<StartDate> start = form.start();
		if (start.isEmpty()) {
			errors.rejectValue("startDate", "invalid", PracticeForm.START_FORMAT);
		}
		else if (start.get().date().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("startDate", "future", "La data di avvio non può essere futura.");
		}
	}

	private PracticeEditor.Draft draft(long id) {
		return this.editor.draft(id).orElseThrow(() -> new NotFoundException("practice " + id));
	}

	private String form(Model model, PracticeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("taxonomy", this.taxonomy.taxonomy());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("continuations", Continuation.values());
		model.addAttribute("startBases", StartBasis.values());
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("comuneFound", this.territory.resolveComune(form.comune()).found().orElse(null));
		if (form.id() != null) {
			model.addAttribute("slug", this.editor.slug(form.id()));
		}
		return "admin/practices/form";
	}

}
