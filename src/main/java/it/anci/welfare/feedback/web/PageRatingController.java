package it.anci.welfare.feedback.web;

import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.common.InvalidRequestException;
import it.anci.welfare.feedback.PageRatings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rating box at the foot of public pages: the score, then the follow-up question,
 * each sent back to the page it came from (Post/Redirect/Get, so that it works without
 * JavaScript); and the staff's summary.
 */
@Controller
class PageRatingController {

	private final PageRatings ratings;

	PageRatingController(PageRatings ratings) {
		this.ratings = ratings;
	}

	@PostMapping("/valutazioni")
	String rate(@RequestParam(name = "pagina", required = false) String page,
			@RequestParam(name = "voto", required = false) String score, RedirectAttributes redirect) {
		String back = checked(page);
		Integer rating = score != null && score.matches("[1-5]") ? Integer.valueOf(score) : null;
		if (rating == null) {
			redirect.addFlashAttribute("ratingError", "feedback.rating.error.score");
		}
		else {
			redirect.addFlashAttribute("ratingToken", this.ratings.rate(pathOf(back), rating));
			redirect.addFlashAttribute("ratingValue", rating);
		}
		return "redirect:" + back + "#valutazione";
	}

	@PostMapping("/valutazioni/{token}")
	String followUp(@PathVariable UUID token, @RequestParam(name = "pagina", required = false) String page,
			@RequestParam(name = "risposta", required = false) String answer,
			@RequestParam(name = "commento", required = false) String comment, RedirectAttributes redirect) {
		String back = checked(page);
		Optional<Integer> pending = this.ratings.pending(token);
		if (pending.isEmpty()) {
			redirect.addFlashAttribute("ratingDone", true);
			return "redirect:" + back + "#valutazione";
		}
		String error = null;
		if (answer == null || !PageRatings.followUp(pending.get()).answers().contains(answer)) {
			error = "feedback.rating.error.answer";
		}
		else if (comment != null && comment.strip().length() > PageRatings.COMMENT_LIMIT) {
			error = "feedback.rating.error.comment";
		}
		if (error != null) {
			redirect.addFlashAttribute("ratingError", error);
			redirect.addFlashAttribute("ratingToken", token);
			redirect.addFlashAttribute("ratingValue", pending.get());
			redirect.addFlashAttribute("ratingComment", comment);
		}
		else {
			this.ratings.followUp(token, answer, comment);
			redirect.addFlashAttribute("ratingDone", true);
		}
		return "redirect:" + back + "#valutazione";
	}

	@GetMapping("/admin/valutazioni")
	String summary(Model model) {
		model.addAttribute("summaries", this.ratings.summaries());
		model.addAttribute("comments", this.ratings.latestComments(50));
		return "admin/ratings";
	}

	private static String checked(String page) {
		if (!PageRatings.isPage(page)) {
			throw InvalidRequestException.of("feedback.rating.error.page");
		}
		return page;
	}

	private static String pathOf(String page) {
		int query = page.indexOf('?');
		return query < 0 ? page : page.substring(0, query);
	}

}
