package it.anci.welfare.intake;

import java.util.HashMap;
import java.util.Map;

import it.anci.welfare.mail.MailComposer;
import it.anci.welfare.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The messages a submitter receives, one for each change of state, all written from one
 * template.
 */
@Component
class ProposalMails {

	private final MailComposer composer;

	ProposalMails(MailComposer composer) {
		this.composer = composer;
	}

	OutgoingMail confirmation(Proposal proposal) {
		return mail(proposal, "Confermi la proposta di pratica: " + proposal.title(),
				"ha proposto una pratica al catalogo del Portale Welfare dei Comuni. Per inviarla alla redazione confermi il suo indirizzo di posta elettronica entro "
						+ Proposals.CONFIRMATION_VALIDITY.toHours()
						+ " ore: senza conferma la proposta viene cancellata.",
				"Confermi la proposta", "/proposte/conferma/" + proposal.confirmToken, false);
	}

	OutgoingMail receipt(Proposal proposal) {
		return mail(proposal, "Proposta ricevuta: " + proposal.title(),
				"grazie: la redazione ha ricevuto la sua proposta e la verificherà prima di pubblicarla. Le scriveremo a ogni passaggio.",
				null, null, true);
	}

	OutgoingMail changesRequested(Proposal proposal) {
		return mail(proposal, "Modifiche richieste alla proposta: " + proposal.title(),
				"la redazione ha letto la sua proposta e le chiede alcune modifiche prima di pubblicarla. Le apporti dalla pagina privata: la proposta tornerà in verifica.",
				"Modifichi la proposta", "/proposte/" + proposal.privateToken + "/modifica", true);
	}

	OutgoingMail published(Proposal proposal, String slug) {
		return mail(proposal, "Proposta pubblicata: " + proposal.title(),
				"la redazione ha verificato la sua proposta e l'ha pubblicata nel catalogo, con la dicitura «Proposta dal Comune». Grazie per averla condivisa.",
				"La scheda nel catalogo", "/pratiche/" + slug, true);
	}

	OutgoingMail rejected(Proposal proposal) {
		return mail(proposal, "Proposta non pubblicata: " + proposal.title(),
				"la redazione ha letto la sua proposta e ha deciso di non pubblicarla, per il motivo indicato qui sotto.",
				null, null, true);
	}

	private OutgoingMail mail(Proposal proposal, String subject, String intro, String actionLabel, String actionPath,
			boolean withPrivateLink) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", proposal.submitter.name());
		variables.put("intro", intro);
		variables.put("title", proposal.title());
		variables.put("state", proposal.state.description());
		variables.put("message", proposal.state == ProposalState.DA_RIVEDERE || proposal.state == ProposalState.RESPINTA
				? proposal.editorMessage : null);
		variables.put("actionLabel", actionLabel);
		variables.put("actionUrl", actionPath == null ? null : this.composer.portalUrl() + actionPath);
		variables.put("privateUrl",
				withPrivateLink ? this.composer.portalUrl() + "/proposte/" + proposal.privateToken : null);
		return this.composer.compose(proposal.submitter.email(), subject, "proposal", variables);
	}

}
