package it.anci.welfare.accounts.web;

import java.security.Principal;

import it.anci.welfare.accounts.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

	private final AccountService accounts;

	AdminHomeController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin")
	String home(Principal principal, Model model) {
		// the account may have been renamed or removed since this session started: greet by login name then
		model.addAttribute("displayName", this.accounts.account(principal.getName())
			.map(account -> account.displayName() + " (" + account.role().label() + ")")
			.orElse(principal.getName()));
		return "admin/index";
	}

}
