package it.anci.welfare.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.doctemplates.TemplateEditor;
import it.anci.welfare.intake.Moderation;
import it.anci.welfare.meetings.MeetingEditor;
import it.anci.welfare.news.NewsEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home: what needs doing (drafts, scheduled news, meetings to come) and the
 * latest changes, then the way to every part of the back office. Here, in the web module,
 * because it reads every module that depends on accounts.
 */
@Controller
class StaffHomeController {

	static final int RECENT_CHANGES = 8;

	private final AccountService accounts;

	private final AuditLog audit;

	private final PracticeEditor practices;

	private final NewsEditor news;

	private final MeetingEditor meetings;

	private final TemplateEditor templates;

	private final Moderation proposals;

	private final PracticeUpdates followUps;

	private final Clock clock;

	StaffHomeController(AccountService accounts, AuditLog audit, PracticeEditor practices, NewsEditor news,
			MeetingEditor meetings, TemplateEditor templates, Moderation proposals, PracticeUpdates followUps,
			Clock clock) {
		this.proposals = proposals;
		this.followUps = followUps;
		this.accounts = accounts;
		this.audit = audit;
		this.practices = practices;
		this.news = news;
		this.meetings = meetings;
		this.templates = templates;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String home(Principal principal, Model model) {
		// the account may have been renamed or removed since this session started: greet
		// by login name then
		var account = this.accounts.account(principal.getName());
		model.addAttribute("displayName", account.map(a -> a.displayName()).orElse(principal.getName()));
		model.addAttribute("role", account.map(a -> a.role().name()).orElse(null));
		Instant now = this.clock.instant();
		List<PendingWork> work = new ArrayList<>();
		work.addAll(this.proposals.pendingWork());
		work.addAll(this.followUps.pendingWork());
		work.addAll(this.practices.pendingWork());
		work.addAll(this.news.pendingWork(now));
		work.addAll(this.meetings.pendingWork(now));
		work.addAll(this.templates.pendingWork());
		model.addAttribute("work", work);
		model.addAttribute("recent",
				this.audit.search(new AuditLog.Query("", "", "", "", 1))
					.events()
					.stream()
					.limit(RECENT_CHANGES)
					.toList());
		return "admin/index";
	}

}
