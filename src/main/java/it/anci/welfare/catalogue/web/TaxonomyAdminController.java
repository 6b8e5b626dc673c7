package it.anci.welfare.catalogue.web;

import java.security.Principal;
import java.util.Arrays;

import it.anci.welfare.catalogue.taxonomy.TaxonomyEditor;
import it.anci.welfare.catalogue.taxonomy.TaxonomyList;
import it.anci.welfare.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The managed lists under /admin/tassonomie (ADMIN only): add, rename, reorder, delete
 * unused terms.
 */
@Controller
class TaxonomyAdminController {

	private final TaxonomyEditor editor;

	private final MessageSourceAccessor messages;

	TaxonomyAdminController(TaxonomyEditor editor, MessageSource messages) {
		this.editor = editor;
		this.messages = new MessageSourceAccessor(messages);
	}

	record ListSummary(TaxonomyList list, int terms) {
	}

	@GetMapping("/admin/tassonomie")
	String index(Model model) {
		model.addAttribute("lists",
				Arrays.stream(TaxonomyList.values())
					.map(l -> new ListSummary(l, this.editor.entries(l).size()))
					.toList());
		return "admin/taxonomy/index";
	}

	@GetMapping("/admin/tassonomie/{slug}")
	String list(@PathVariable String slug, Model model) {
		return page(list(slug), model);
	}

	@PostMapping("/admin/tassonomie/{slug}")
	String add(@PathVariable String slug, @RequestParam(name = "nome", required = false) String name,
			@RequestParam(name = "macro", required = false) String parent, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TaxonomyList list = list(slug);
		try {
			String code = this.editor.add(list, name, parent, principal.getName());
			redirect.addFlashAttribute("message", text("admin.taxonomy.added", name.strip(), code));
		}
		catch (TaxonomyEditor.RefusedException refused) {
			return refused(list, refused, model, response, "typedName", name);
		}
		return "redirect:/admin/tassonomie/" + slug;
	}

	@PostMapping("/admin/tassonomie/{slug}/{code}/nome")
	String rename(@PathVariable String slug, @PathVariable String code,
			@RequestParam(name = "nome", required = false) String name, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TaxonomyList list = list(slug);
		this.editor.entry(list, code);
		try {
			this.editor.rename(list, code, name, principal.getName());
			redirect.addFlashAttribute("message", text("admin.taxonomy.renamed", code, name.strip()));
		}
		catch (TaxonomyEditor.RefusedException refused) {
			model.addAttribute("renamedCode", code);
			return refused(list, refused, model, response, "typedRename", name);
		}
		return "redirect:/admin/tassonomie/" + slug + "#voce-" + code;
	}

	@PostMapping("/admin/tassonomie/{slug}/{code}/sposta")
	String move(@PathVariable String slug, @PathVariable String code, @RequestParam(name = "verso") String direction,
			Principal principal) {
		TaxonomyList list = list(slug);
		this.editor.entry(list, code);
		int step = switch (direction) {
			case "su" -> -1;
			case "giu" -> 1;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "verso " + direction);
		};
		this.editor.move(list, code, step, principal.getName());
		return "redirect:/admin/tassonomie/" + slug + "#voce-" + code;
	}

	@PostMapping("/admin/tassonomie/{slug}/{code}/elimina")
	String delete(@PathVariable String slug, @PathVariable String code, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TaxonomyList list = list(slug);
		String name = this.editor.entry(list, code).name();
		try {
			this.editor.delete(list, code, principal.getName());
			redirect.addFlashAttribute("message", text("admin.taxonomy.deleted", name));
		}
		catch (TaxonomyEditor.RefusedException refused) {
			return refused(list, refused, model, response, null, null);
		}
		return "redirect:/admin/tassonomie/" + slug;
	}

	private String refused(TaxonomyList list, TaxonomyEditor.RefusedException refused, Model model,
			HttpServletResponse response, String field, String typed) {
		response.setStatus(refused.status());
		model.addAttribute("error", refused);
		if (field != null) {
			model.addAttribute(field, typed);
		}
		return page(list, model);
	}

	private String page(TaxonomyList list, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("entries", this.editor.entries(list));
		model.addAttribute("macroLevels", this.editor.macroLevels());
		return "admin/taxonomy/list";
	}

	private static TaxonomyList list(String slug) {
		return TaxonomyList.ofSlug(slug).orElseThrow(() -> new NotFoundException("taxonomy " + slug));
	}

	/** A message of i18n/admin-catalogue in the request's language. */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments);
	}

}
