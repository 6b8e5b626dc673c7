package it.anci.welfare.meetings.web;

import java.security.Principal;

import it.anci.welfare.meetings.Convocations;
import it.anci.welfare.meetings.MeetingService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending a meeting's convocation to its body's members, and cancelling it, each after a
 * confirmation page.
 */
@Controller
class ConvocationAdminController {

	private final Convocations convocations;

	private final MeetingService meetings;

	private final MessageSourceAccessor messages;

	ConvocationAdminController(Convocations convocations, MeetingService meetings, MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages);
		this.convocations = convocations;
		this.meetings = meetings;
	}

	@GetMapping("/admin/riunioni/{id}/convocazione")
	String confirmSending(@PathVariable long id, Model model) {
		return page(model, id, "admin/meetings/send", null);
	}

	@PostMapping("/admin/riunioni/{id}/convocazione")
	String send(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/send", this.messages.getMessage("meetings.send.unconfirmed"));
		}
		try {
			int sent = this.convocations.send(id, principal.getName());
			redirect.addFlashAttribute("message", sent == 0 ? this.messages.getMessage("meetings.send.nobodyNew")
					: this.messages.getMessage("meetings.send.sent", new Object[] { sent }));
		}
		catch (Convocations.RefusedException refused) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/send", this.messages.getMessage(refused.text()));
		}
		return "redirect:/admin/riunioni/" + id + "#convocazioni";
	}

	@GetMapping("/admin/riunioni/{id}/annulla")
	String confirmCancelling(@PathVariable long id, Model model) {
		return page(model, id, "admin/meetings/cancel", null);
	}

	@PostMapping("/admin/riunioni/{id}/annulla")
	String cancel(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/cancel", this.messages.getMessage("meetings.cancel.unconfirmed"));
		}
		try {
			int sent = this.convocations.cancel(id, principal.getName());
			redirect.addFlashAttribute("message", sent == 0 ? this.messages.getMessage("meetings.cancel.done")
					: this.messages.getMessage("meetings.cancel.doneSent", new Object[] { sent }));
		}
		catch (Convocations.RefusedException refused) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/cancel", this.messages.getMessage(refused.text()));
		}
		return "redirect:/admin/riunioni/" + id + "#convocazioni";
	}

	private String page(Model model, long id, String view, String error) {
		model.addAttribute("meeting", this.meetings.preview(id));
		model.addAttribute("summary", this.convocations.summary(id));
		model.addAttribute("error", error);
		return view;
	}

}
