package it.anci.welfare.intake;

/**
 * An editor acted on a proposal that is no longer waiting for the editors (decided
 * meanwhile, or not confirmed).
 */
public class ProposalDecidedException extends RuntimeException {

	private final ProposalState state;

	ProposalDecidedException(ProposalState state) {
		super("La proposta non è più in attesa della redazione: ora è «"
				+ state.label().toLowerCase(java.util.Locale.ITALIAN) + "». Ricarichi la pagina per vedere com'è ora.");
		this.state = state;
	}

	public ProposalState state() {
		return this.state;
	}

}
