package it.anci.welfare.mail.web;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.mail.MailOutbox;
import it.anci.welfare.mail.MailWorker;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The outbox as staff read it: what was sent, what waits (all of it when no SMTP server
 * is configured), what failed.
 */
@Controller
class MailAdminController {

	private final MailOutbox outbox;

	private final MailWorker worker;

	MailAdminController(MailOutbox outbox, MailWorker worker) {
		this.outbox = outbox;
		this.worker = worker;
	}

	@GetMapping("/admin/posta")
	String list(Model model) {
		model.addAttribute("messages", this.outbox.latest(100));
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("sending", this.worker.sending());
		return "admin/mail/list";
	}

	@GetMapping("/admin/posta/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", this.outbox.message(id).orElseThrow(() -> new NotFoundException("mail " + id)));
		return "admin/mail/show";
	}

}
