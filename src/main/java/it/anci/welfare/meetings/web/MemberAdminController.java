package it.anci.welfare.meetings.web;

import java.security.Principal;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.meetings.MeetingMembers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the members of each body under /admin/riunioni/organi: the people its
 * convocations are sent to.
 */
@Controller
class MemberAdminController {

	private final MeetingMembers members;

	private final MessageSourceAccessor messages;

	MemberAdminController(MeetingMembers members, MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages);
		this.members = members;
	}

	@GetMapping("/admin/riunioni/organi")
	String bodies(Model model) {
		model.addAttribute("bodies", this.members.bodies());
		return "admin/meetings/bodies";
	}

	@GetMapping("/admin/riunioni/organi/{slug}")
	String body(@PathVariable String slug, Model model) {
		MeetingMembers.Body body = this.members.body(slug).orElseThrow(() -> new NotFoundException("body " + slug));
		model.addAttribute("body", body);
		model.addAttribute("members", this.members.of(body.name()));
		return "admin/meetings/body";
	}

	@GetMapping("/admin/riunioni/organi/nuovo-membro")
	String create(@RequestParam(name = "organo", required = false) String bodyName, Model model) {
		return form(model, MemberForm.empty(bodyName));
	}

	@GetMapping("/admin/riunioni/organi/membri/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, MemberForm.of(member(id)));
	}

	@PostMapping("/admin/riunioni/organi/membri")
	String save(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				if (form.id() == null) {
					this.members.add(form.toMember(), principal.getName());
				}
				else {
					this.members.update(form.toMember(), principal.getName());
				}
			}
			catch (MeetingMembers.DuplicateEmailException duplicate) {
				errors.rejectValue("email", "meetings.member.duplicate", new Object[] { form.bodyName().strip() },
						null);
			}
			catch (MeetingMembers.ConflictException conflict) {
				response.setStatus(409);
				model.addAttribute("conflict", true);
				return form(model, form);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, form);
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage("meetings.member.saved", new Object[] { form.name().strip() }));
		return "redirect:/admin/riunioni/organi/" + Slugs.of(form.bodyName());
	}

	@PostMapping("/admin/riunioni/organi/membri/{id}/elimina")
	String remove(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingMembers.Member member = member(id);
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			model.addAttribute("removeError", this.messages.getMessage("meetings.member.remove.unconfirmed"));
			return form(model, MemberForm.of(member));
		}
		this.members.remove(id, principal.getName());
		redirect.addFlashAttribute("message",
				this.messages.getMessage("meetings.member.removed", new Object[] { member.name(), member.bodyName() }));
		return "redirect:/admin/riunioni/organi/" + Slugs.of(member.bodyName());
	}

	private MeetingMembers.Member member(long id) {
		return this.members.member(id).orElseThrow(() -> new NotFoundException("member " + id));
	}

	private String form(Model model, MemberForm form) {
		model.addAttribute("form", form);
		model.addAttribute("bodies", this.members.bodies());
		return "admin/meetings/member";
	}

}
