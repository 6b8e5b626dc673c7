package it.anci.welfare.meetings.web;

import java.security.Principal;

import it.anci.welfare.meetings.Convocations;
import it.anci.welfare.meetings.MeetingService;
import jakarta.servlet.http.HttpServletResponse;

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

	ConvocationAdminController(Convocations convocations, MeetingService meetings) {
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
			return page(model, id, "admin/meetings/send", "Per inviare la convocazione spunti la casella di conferma.");
		}
		try {
			int sent = this.convocations.send(id, principal.getName());
			redirect.addFlashAttribute("message", sent == 0
					? "Tutti i membri attivi avevano già ricevuto la convocazione: nessun messaggio inviato di nuovo."
					: "Convocazione inviata a " + members(sent) + ".");
		}
		catch (Convocations.RefusedException refused) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/send", refused.getMessage());
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
			return page(model, id, "admin/meetings/cancel", "Per annullare la riunione spunti la casella di conferma.");
		}
		try {
			int sent = this.convocations.cancel(id, principal.getName());
			redirect.addFlashAttribute("message",
					"Riunione annullata" + (sent == 0 ? "." : ": avviso inviato a " + members(sent) + "."));
		}
		catch (Convocations.RefusedException refused) {
			response.setStatus(422);
			return page(model, id, "admin/meetings/cancel", refused.getMessage());
		}
		return "redirect:/admin/riunioni/" + id + "#convocazioni";
	}

	static String members(int count) {
		return count == 1 ? "1 membro" : count + " membri";
	}

	private String page(Model model, long id, String view, String error) {
		model.addAttribute("meeting", this.meetings.preview(id));
		model.addAttribute("summary", this.convocations.summary(id));
		model.addAttribute("error", error);
		return view;
	}

}
