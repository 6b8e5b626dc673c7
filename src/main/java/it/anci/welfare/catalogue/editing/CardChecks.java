package it.anci.welfare.catalogue.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.ComuneLookup;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	CardChecks(TerritoryService territory, TaxonomyService taxonomy, Clock clock, MessageSource messages) {
		this.messages = messages;
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
			errors.rejectValue(prefix + "comune", comune.problemKey(), problemArguments(comune), comune.problem());
		}
		for (String field : this.taxonomy.taxonomy().unknownCodes(card.classification(), card.service())) {
			if (!errors.hasFieldErrors(prefix + field)) {
				errors.rejectValue(prefix + field, "catalogue.card.code.unknown",
						"Uno dei valori scelti non esiste più nell'elenco: ricarichi la pagina e scelga di nuovo.");
			}
		}
		if (!errors.hasFieldErrors(prefix + "startDate")) {
			Optional<StartDate> start = card.start();
			if (start.isEmpty()) {
				errors.rejectValue(prefix + "startDate", "catalogue.card.startDate.format", START_FORMAT);
			}
			else if (start.get().date().isAfter(LocalDate.now(this.clock))) {
				errors.rejectValue(prefix + "startDate", "catalogue.card.startDate.future",
						"La data di avvio non può essere futura.");
			}
		}
		return comune.found();
	}

	private static final String START_FORMAT = "Data di avvio: scriva l'anno (2020), il mese (2020-03) o il giorno (2020-03-12), secondo quanto dice la fonte.";

	/**
	 * The homonyms listed in the interface's language ("Castro (LE, codice 075019)"), the
	 * first as the example.
	 */
	private Object[] problemArguments(ComuneLookup lookup) {
		if (!(lookup instanceof ComuneLookup.Homonyms homonyms)) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		Comune first = homonyms.comuni().get(0);
		return new Object[] { homonyms.comuni()
			.stream()
			.map(c -> this.messages.getMessage("territory.comune.homonym",
					new Object[] { c.name(), c.province().carPlate(), c.istatCode() }, locale))
			.collect(Collectors.joining(", ")), first.name(), first.province().carPlate() };
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
