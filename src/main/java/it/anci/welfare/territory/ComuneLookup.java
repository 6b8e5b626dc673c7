package it.anci.welfare.territory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a comune typed in a form (a code, a name, a name with its province's plate) turned
 * out to be.
 */
public sealed interface ComuneLookup {

	/** Exactly one comune. */
	record Found(Comune comune) implements ComuneLookup {
	}

	/** Several comuni have this name: the plate tells them apart. */
	record Homonyms(List<Comune> comuni) implements ComuneLookup {
	}

	record NotFound() implements ComuneLookup {
	}

	default Optional<Comune> found() {
		return this instanceof Found found ? Optional.of(found.comune()) : Optional.empty();
	}

	/**
	 * The key in i18n/territory of {@link #problem()}: the homonyms' takes the list, the
	 * first name and its plate.
	 */
	default String problemKey() {
		return this instanceof Homonyms ? "territory.comune.homonyms" : "territory.comune.notFound";
	}

	/** The message a form shows under the field when no single comune was found. */
	default String problem() {
		if (this instanceof Homonyms homonyms) {
			Comune first = homonyms.comuni().get(0);
			return "Più Comuni si chiamano così: "
					+ homonyms.comuni()
						.stream()
						.map(c -> c.name() + " (" + c.province().carPlate() + ", codice " + c.istatCode() + ")")
						.collect(Collectors.joining(", "))
					+ ". Indichi il codice ISTAT o la sigla della provincia, per esempio «" + first.name() + " ("
					+ first.province().carPlate() + ")».";
		}
		return "Comune non trovato: indichi il codice ISTAT a 6 cifre (per esempio 054039 per Perugia) o il nome esatto.";
	}

}
