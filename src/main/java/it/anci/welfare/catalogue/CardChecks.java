package it.anci.welfare.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.ComuneLookup;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a typed card that its annotations cannot make: the comune exists (and is
 * only one), the taxonomy codes are in their lists, the start date is real and past.
 * Every form that takes a card runs them.
 */
@Component
public class CardChecks {

	private final TerritoryService territory;

	private final TaxonomyService taxonomy;

	private final Clock clock;

	CardChecks(TerritoryService territory, TaxonomyService taxonomy, Clock clock) {
		this.territory = territory;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/**
	 * Adds a message to {@code errors} for every problem, under {@code path} (the card's
	 * place in the form, e.g. "card"); returns the comune when it was found.
	 */
	public Optional<Comune> check(CardInput card, String path, Errors errors) {
		String prefix = path + ".";
		ComuneLookup comune = this.territory.resolveComune(card.comune());
		if (comune.found().isEmpty() && !errors.hasFieldErrors(prefix + "comune")) {
			errors.rejectValue(prefix + "comune", "unknown", comune.problem());
		}
		for (String field : this.taxonomy.taxonomy().unknownCodes(card.classification(), card.service())) {
			if (!errors.hasFieldErrors(prefix + field)) {
				errors.rejectValue(prefix + field, "unknown",
						"Uno dei valori scelti non esiste più nell'elenco: ricarichi la pagina e scelga di nuovo.");
			}
		}
		if (!errors.hasFieldErrors(prefix + "startDate")) {
			Optional<StartDate> start = card.start();
			if (start.isEmpty()) {
				errors.rejectValue(prefix + "startDate", "invalid", CardInput.START_FORMAT);
			}
			else if (start.get().date().isAfter(LocalDate.now(this.clock))) {
				errors.rejectValue(prefix + "startDate", "future", "La data di avvio non può essere futura.");
			}
		}
		return comune.found();
	}

	/**
	 * What the card's fields need on the page: the lists to choose from and the comune
	 * recognised so far.
	 */
	public Map<String, Object> formAttributes(CardInput card) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("taxonomy", this.taxonomy.taxonomy());
		attributes.put("providerTypes", ProviderType.values());
		attributes.put("continuations", Continuation.values());
		attributes.put("startBases", StartBasis.values());
		attributes.put("sourceKinds", SourceKind.values());
		this.territory.resolveComune(card.comune()).found().ifPresent(c -> attributes.put("comuneFound", c));
		return attributes;
	}

}
