package it.anci.welfare.accounts.web;

import java.security.Principal;

import it.anci.welfare.accounts.AccountService;
import jakarta.validation.Valid;

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

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
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
			errors.rejectValue("confirmation", "mismatch", "Le due password nuove non coincidono.");
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("message", "La password è stata cambiata.");
				return "redirect:/admin";
			}
			catch (AccountService.AccountException ex) {
				errors.rejectValue(ex.field(), "refused", ex.getMessage());
			}
		}
		response.setStatus(422);
		return "admin/password";
	}

}
