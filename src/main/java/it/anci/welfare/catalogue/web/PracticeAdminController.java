package it.anci.welfare.catalogue.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.TaxonomyService;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.Comune;
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
		Optional<Comune> comune = resolveComune(form.comune());
		if (comune.isEmpty() && !errors.hasFieldErrors("comune")) {
			List<Comune> homonyms = homonyms(form.comune());
			errors.rejectValue("comune", "unknown", homonyms.size() > 1
					? "Più Comuni si chiamano così: " + homonyms.stream()
						.map(c -> c.name() + " (" + c.province().carPlate() + ", codice " + c.istatCode() + ")")
						.collect(Collectors.joining(", ")) + ". Indichi il codice ISTAT o la sigla della provincia, per esempio «"
							+ homonyms.get(0).name() + " (" + homonyms.get(0).province().carPlate() + ")»."
					: "Comune non trovato: indichi il codice ISTAT a 6 cifre (per esempio 054039 per Perugia) o il nome esatto.");
		}
		checkCodes(form, errors);
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
		long id;
		if (form.id() == null) {
			id = this.editor.create(form.toDraft(comune.get().istatCode()), comune.get(), form.submissionToken(), principal.getName());
		}
		else {
			id = form.id();
			this.editor.update(form.toDraft(comune.get().istatCode()), comune.get(), principal.getName());
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
		redirect.addFlashAttribute("message", "Scheda «" + draft.title() + "» eliminata.");
		return "redirect:/admin/pratiche";
	}

	/** Typed as its name and, when two comuni share it, the province's plate: "Castro (LE)". */
	private static final Pattern NAME_AND_PROVINCE = Pattern.compile("(.+?)\\s*\\(\\s*([A-Za-z]{2})\\s*\\)");

	/** An ISTAT code, a name that matches exactly one comune, or a name with its province's plate. */
	private Optional<Comune> resolveComune(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String value = typed.strip();
		if (value.matches("\\d{6}")) {
			return this.territory.comune(value);
		}
		Matcher withProvince = NAME_AND_PROVINCE.matcher(value);
		if (withProvince.matches()) {
			String plate = withProvince.group(2).toUpperCase(Locale.ROOT);
			return homonyms(withProvince.group(1)).stream().filter(c -> c.province().carPlate().equals(plate)).findFirst();
		}
		List<Comune> named = homonyms(value);
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** The comuni with exactly this name (letter case aside). */
	private List<Comune> homonyms(String name) {
		String value = name == null ? "" : name.strip();
		return this.territory.searchComuni(value, 10).stream().filter(c -> c.name().equalsIgnoreCase(value)).toList();
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

	/** Codes come from checkboxes, but a hand-made request could send others. */
	private void checkCodes(PracticeForm form, BindingResult errors) {
		Taxonomy t = this.taxonomy.taxonomy();
		check(errors, "classification", List.of(form.classification() == null ? "" : form.classification()), t.classifications(), form.classification() == null || form.classification().isBlank());
		check(errors, "serviceAreas", form.serviceAreas(), t.serviceAreas(), false);
		check(errors, "targetGroups", form.targetGroups(), t.targetGroups(), false);
		check(errors, "interventions", form.interventions(), t.interventionKinds(), false);
		check(errors, "channels", form.channels(), t.channels(), false);
		check(errors, "tools", form.tools(), t.tools(), false);
		check(errors, "funding", form.funding(), t.fundingSources(), false);
	}

	private static void check(BindingResult errors, String field, List<String> codes, List<TaxonomyTerm> terms, boolean skip) {
		Set<String> known = terms.stream().map(TaxonomyTerm::code).collect(Collectors.toSet());
		if (!skip && !errors.hasFieldErrors(field) && !known.containsAll(codes)) {
			errors.rejectValue(field, "unknown", "Uno dei valori scelti non esiste più nell'elenco: ricarichi la pagina e scelga di nuovo.");
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
		model.addAttribute("comuneFound", resolveComune(form.comune()).orElse(null));
		if (form.id() != null) {
			model.addAttribute("slug", this.editor.slug(form.id()));
		}
		return "admin/practices/form";
	}

}
