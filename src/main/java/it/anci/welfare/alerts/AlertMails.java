package it.anci.welfare.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import it.anci.welfare.catalogue.search.CatalogueFeed;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.mail.MailComposer;
import it.anci.welfare.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The messages of a subscription: the confirmation request and the digest. Every one
 * carries the one-click unsubscribe headers of RFC 8058 and the private link to the page
 * of all the address's subscriptions.
 */
@Component
class AlertMails {

	/**
	 * A card in a digest: "nuova" when it was created in the digest's period, otherwise
	 * "aggiornata".
	 */
	record DigestCard(String title, String place, String url, String change) {
	}

	/** The links of a subscription, as they appear in its messages. */
	record Links(String email, UUID unsubscribeToken, UUID manageToken) {
	}

	private final MailComposer composer;

	AlertMails(MailComposer composer) {
		this.composer = composer;
	}

	/**
	 * "«buoni spesa», Umbria, Anziani", or the whole catalogue when nothing is chosen.
	 */
	static String summary(CatalogueQuery query) {
		String criteria = CatalogueTitles.criteria(query);
		return criteria.isEmpty() ? "tutte le pratiche del catalogo" : criteria;
	}

	OutgoingMail confirmation(Links links, UUID confirmToken, CatalogueQuery query, Frequency frequency) {
		Map<String, Object> variables = variables(links, query);
		variables.put("confirmUrl", this.composer.portalUrl() + "/avvisi/conferma/" + confirmToken);
		variables.put("frequency", frequency.label());
		variables.put("validHours", SearchAlerts.CONFIRMATION_VALIDITY.toHours());
		return withHeaders(this.composer.compose(links.email(), "Confermi l'avviso sulle pratiche: " + summary(query),
				"alert-confirmation", variables), links);
	}

	OutgoingMail digest(Links links, CatalogueQuery query, Frequency frequency, Instant since,
			List<CatalogueFeed.Entry> entries, boolean more) {
		Map<String, Object> variables = variables(links, query);
		variables.put("frequency", frequency.label());
		variables.put("more", more);
		variables.put("cards", entries.stream()
			.map(e -> new DigestCard(e.title(), e.providerName() + " – " + e.comuneName() + " (" + e.regionName() + ")",
					this.composer.portalUrl() + "/pratiche/" + e.slug(),
					e.createdAt().isAfter(since) ? "nuova" : "aggiornata"))
			.toList());
		String count = entries.size() == 1 ? "1 pratica nuova o aggiornata"
				: (more ? "Oltre " : "") + entries.size() + " pratiche nuove o aggiornate";
		return withHeaders(
				this.composer.compose(links.email(), count + ": " + summary(query), "alert-digest", variables), links);
	}

	private Map<String, Object> variables(Links links, CatalogueQuery query) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("summary", summary(query));
		variables.put("searchUrl", this.composer.portalUrl() + query.onPage(1).url());
		variables.put("unsubscribeUrl", unsubscribeUrl(links));
		variables.put("manageUrl", this.composer.portalUrl() + "/avvisi/gestisci/" + links.manageToken());
		return variables;
	}

	private String unsubscribeUrl(Links links) {
		return this.composer.portalUrl() + "/avvisi/disdici/" + links.unsubscribeToken();
	}

	private OutgoingMail withHeaders(OutgoingMail mail, Links links) {
		return mail.withHeader("List-Unsubscribe", "<" + unsubscribeUrl(links) + ">")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

}
