package it.anci.welfare.accounts.web;

import java.security.Principal;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.accounts.Role;
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

/** Staff accounts and the audit log: ADMIN only (see SecurityConfiguration). */
@Controller
class AccountAdminController {

	private final AccountService accounts;

	private final AuditLog audit;

	AccountAdminController(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/admin/utenti")
	String list(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		return page(model);
	}

	@PostMapping("/admin/utenti")
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				this.accounts.create(form.username(), form.displayName(), form.role(), form.password(),
						principal.getName());
				redirect.addFlashAttribute("message",
						"Account «" + form.username().strip().toLowerCase() + "» creato.");
				return "redirect:/admin/utenti";
			}
			catch (AccountService.AccountException ex) {
				errors.rejectValue(ex.field(), "refused", ex.getMessage());
			}
		}
		response.setStatus(422);
		return page(model);
	}

	@PostMapping("/admin/utenti/{id}/disattiva")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, false, principal, redirect, "Account disattivato.");
	}

	@PostMapping("/admin/utenti/{id}/riattiva")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, true, principal, redirect, "Account riattivato.");
	}

	@GetMapping("/admin/registro")
	String audit(@RequestParam(name = "chi", required = false) String actor,
			@RequestParam(name = "operazione", required = false) String action,
			@RequestParam(name = "oggetto", required = false) String targetType,
			@RequestParam(name = "testo", required = false) String text,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
		int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		model.addAttribute("r", this.audit.search(new AuditLog.Query(actor, action, targetType, text, pageNumber)));
		return "admin/audit";
	}

	private String setEnabled(long id, boolean enabled, Principal principal, RedirectAttributes redirect, String done) {
		try {
			this.accounts.setEnabled(id, enabled, principal.getName());
			redirect.addFlashAttribute("message", done);
		}
		catch (AccountService.AccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/utenti";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.accounts());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

}
