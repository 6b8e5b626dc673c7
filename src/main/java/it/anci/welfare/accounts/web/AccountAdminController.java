package it.anci.welfare.accounts.web;

import java.security.Principal;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.common.Message;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	AccountAdminController(AccountService accounts, AuditLog audit, MessageSource messages) {
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
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
						text(Message.of("accounts.users.created", form.username().strip().toLowerCase())));
				return "redirect:/admin/utenti";
			}
			catch (AccountService.AccountException ex) {
				errors.rejectValue(ex.field(), ex.text().key(), ex.text().args(), null);
			}
		}
		response.setStatus(422);
		return page(model);
	}

	@PostMapping("/admin/utenti/{id}/disattiva")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, false, principal, redirect, "accounts.users.disabled");
	}

	@PostMapping("/admin/utenti/{id}/riattiva")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return setEnabled(id, true, principal, redirect, "accounts.users.enabled");
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

	private String setEnabled(long id, boolean enabled, Principal principal, RedirectAttributes redirect,
			String doneKey) {
		try {
			this.accounts.setEnabled(id, enabled, principal.getName());
			redirect.addFlashAttribute("message", text(Message.of(doneKey)));
		}
		catch (AccountService.AccountException ex) {
			redirect.addFlashAttribute("error", text(ex.text()));
		}
		return "redirect:/admin/utenti";
	}

	private String text(Message message) {
		return this.messages.getMessage(message, LocaleContextHolder.getLocale());
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.accounts());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

}
