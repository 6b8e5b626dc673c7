package it.anci.welfare.common;

import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The save of a staff form, the same for news, meetings, templates and practice cards
 * (Post/Redirect/Get): a form with errors comes back as typed with 422; a new item whose
 * title another already has comes back with 422 and a link to that one, until the staff
 * confirm it is another item; otherwise the item is created or updated and the browser
 * goes on with a flash message. A save on an outdated version is refused by the editor
 * ({@link StaleEditException}, the 409 conflict page).
 */
public final class AdminSaves {

	/** The value of the form's «azione» button that asks for a preview, not a save. */
	public static final String PREVIEW = "anteprima";

	private final DuplicateTitles titles;

	private final ItemKind kind;

	public AdminSaves(DuplicateTitles titles, ItemKind kind) {
		this.titles = titles;
		this.kind = kind;
	}

	/**
	 * What a form sends besides its fields: the item (null for a new one), its title, the
	 * create form's one-time token, the answer of the duplicate-title box.
	 */
	public record Submission(Long id, String title, String submissionToken, String confirmation) {
	}

	public static boolean isPreview(String action) {
		return PREVIEW.equals(action);
	}

	/**
	 * False, with the status 422 (and the item of the same title as {@code duplicateOf}),
	 * when the form must be shown again instead of saved.
	 */
	public boolean accepts(Submission submission, BindingResult errors, Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(422);
			return false;
		}
		Optional<String> duplicate = this.titles.before(this.kind, submission.id(), submission.title(),
				submission.submissionToken(), submission.confirmation());
		if (duplicate.isPresent()) {
			response.setStatus(422);
			model.addAttribute("duplicateOf", duplicate.get());
			return false;
		}
		return true;
	}

	/** Creates the item when the form has no id, else updates it; the item's id. */
	public static long store(Long id, LongSupplier create, Runnable update) {
		if (id == null) {
			return create.getAsLong();
		}
		update.run();
		return id;
	}

	/**
	 * Post/Redirect/Get: the page to go to, with {@code message} (a text or a
	 * {@code MessageSourceResolvable}) shown there once.
	 */
	public static String redirect(RedirectAttributes redirect, Object message, String path) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + path;
	}

}
