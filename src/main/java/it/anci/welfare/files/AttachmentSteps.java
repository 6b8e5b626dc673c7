package it.anci.welfare.files;

import java.util.Optional;

import it.anci.welfare.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "add a document" and "remove" steps of the staff pages that hold attachments (news,
 * meetings, templates), Post/Redirect/Get: a refused file comes back on the form with 422
 * and the reason; a file added or removed goes back to the page's documents with a flash
 * message.
 */
public final class AttachmentSteps {

	private final MessageSourceAccessor messages;

	private final String messagePrefix;

	/**
	 * @param messagePrefix the keys of the flash messages, e.g.
	 * {@code news.admin.attachment}: its {@code .added} (the title as {@code {0}}) and
	 * {@code .removed}
	 */
	public AttachmentSteps(MessageSource messages, String messagePrefix) {
		this.messages = new MessageSourceAccessor(messages);
		this.messagePrefix = messagePrefix;
	}

	/**
	 * True, with the flash message, when the file titled {@code title} was attached;
	 * false, with the status 422 and the refusal for the form (which keeps the title),
	 * when the caller must show the form again.
	 */
	public boolean attached(Optional<String> refusal, String title, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (refusal.isPresent()) {
			response.setStatus(422);
			model.addAttribute("attachmentError", refusal.get());
			model.addAttribute("attachmentTitle", title);
			return false;
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage(this.messagePrefix + ".added", new Object[] { title.strip() }));
		return true;
	}

	/**
	 * The redirect to {@code page} once the attachment is removed; 404 when it did not
	 * belong to the item.
	 */
	public String removed(boolean removed, long attachmentId, RedirectAttributes redirect, String page) {
		if (!removed) {
			throw new NotFoundException("attachment " + attachmentId);
		}
		redirect.addFlashAttribute("message", this.messages.getMessage(this.messagePrefix + ".removed"));
		return "redirect:" + page;
	}

}
