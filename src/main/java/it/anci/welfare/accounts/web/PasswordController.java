package it.anci.welfare.accounts.web;

import java.security.Principal;

import it.anci.welfare.accounts.AccountService;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

	private final AccountService accounts;

	private final MessageSource messages;

	PasswordController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "admin/password";
	}

	@PostMapping("/admin/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		if (!errors.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "accounts.password.mismatch");
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("message",
						this.messages.getMessage("accounts.password.changed", null, LocaleContextHolder.getLocale()));
				return "redirect:/admin";
			}
			catch (AccountService.AccountException ex) {
				errors.rejectValue(ex.field(), ex.text().key(), ex.text().args(), null);
			}
		}
		response.setStatus(422);
		return "admin/password";
	}

}
