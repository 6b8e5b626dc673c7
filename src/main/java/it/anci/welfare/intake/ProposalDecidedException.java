package it.anci.welfare.intake;

/**
 * An editor acted on a proposal that is no longer waiting for the editors (decided
 * meanwhile, or not confirmed).
 */
public class ProposalDecidedException extends RuntimeException {

	private final ProposalState state;

	ProposalDecidedException(ProposalState state) {
		super("proposal no longer waiting for the editors: " + state);
		this.state = state;
	}

	public ProposalState state() {
		return this.state;
	}

}
