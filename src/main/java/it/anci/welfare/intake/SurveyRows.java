package it.anci.welfare.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.catalogue.editing.CardInput;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads the rows of an import file as cards: each row becomes a {@link CardInput}, the
 * shape the staff editor and the proposal form use, and goes through the same Bean
 * Validation constraints and {@link CardChecks}, so a row is checked exactly like a card
 * typed by staff. What only a file can get wrong (a value that is not in its list, a
 * number that is not one, a repeated external id, a row without a source) is checked
 * here. Problems are message codes ({@code import.error.*}) with the typed value.
 */
@Component
class SurveyRows {

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

	final TaxonomyService taxonomy;

	final TerritoryService territory;

	final CardChecks checks;

	final SpringValidatorAdapter validator;

	SurveyRows(TaxonomyService taxonomy, TerritoryService territory, CardChecks checks, Validator validator) {
		this.taxonomy = taxonomy;
		this.territory = territory;
		this.checks = checks;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** A row read and checked: the card and its comune when nothing is wrong. */
	record Checked(int line, CardInput card, Comune comune, String externalId, List<RowError> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * The form object the constraints see: the card under "card", as in the staff form.
	 */
	record Target(@Valid CardInput card) {
	}

	RowCheck rowCheck(Map<ImportColumn, Integer> positions) {
		return new RowCheck(this, positions);
	}

	static Map<String, String> codesByName(List<TaxonomyTerm> list) {
		Map<String, String> byName = new HashMap<>();
		for (TaxonomyTerm term : list) {
			byName.put(ImportColumn.normalise(term.name()), term.code());
		}
		for (TaxonomyTerm term : list) {
			byName.put(ImportColumn.normalise(term.code()), term.code());
		}
		return byName;
	}

	/** "16/03/2020" and "03/2020" as the card's ISO forms; anything else as typed. */
	static String isoDate(String typed) {
		Matcher day = DAY_FIRST.matcher(typed);
		if (day.matches()) {
			return day.group(3) + "-" + pad(day.group(2)) + "-" + pad(day.group(1));
		}
		Matcher month = MONTH_FIRST.matcher(typed);
		if (month.matches()) {
			return month.group(2) + "-" + pad(month.group(1));
		}
		Matcher withTime = ISO_WITH_TIME.matcher(typed);
		return withTime.matches() ? withTime.group(1) : typed;
	}

	private static String pad(String number) {
		return number.length() == 1 ? "0" + number : number;
	}

}
