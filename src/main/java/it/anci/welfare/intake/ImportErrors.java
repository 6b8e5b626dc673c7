package it.anci.welfare.intake;

import java.util.stream.Collectors;

import it.anci.welfare.territory.ComuneLookup;

import org.springframework.validation.FieldError;

/**
 * A failed check of a row's card as the import reports it: the message code
 * ({@code import.error.*}) and its arguments, the typed value first.
 */
final class ImportErrors {

	/** A typed value quoted in a message is cut to this length. */
	private static final int QUOTED = 80;

	private ImportErrors() {
	}

	static String code(ImportColumn column, FieldError error, ComuneLookup lookup) {
		String code = error.getCode() == null ? "" : error.getCode();
		return switch (code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "import.error.required";
			case "Size" -> "import.error.tooLong";
			case "Email" -> "import.error.email";
			case "Min" -> "import.error.negative";
			case "catalogue.card.startDate.future" -> "import.error.future";
			case "catalogue.card.startDate.format" -> "import.error.date";
			case "Pattern" -> switch (column) {
				case DATA_AVVIO -> "import.error.date";
				case TELEFONO -> "import.error.phone";
				default -> "import.error.url";
			};
			// the codes of catalogue.CardChecks and territory.ComuneLookup
			case "catalogue.card.code.unknown" -> "import.error.taxonomy";
			case "territory.comune.homonyms" -> "import.error.homonyms";
			case "territory.comune.notFound" -> "import.error.comune";
			default -> "import.error.invalid";
		};
	}

	static String[] arguments(ImportColumn column, FieldError error, String value, ComuneLookup lookup) {
		String typed = quote(value);
		String code = error.getCode() == null ? "" : error.getCode();
		if ("Size".equals(code)) {
			Object[] args = error.getArguments();
			return new String[] { typed, args != null && args.length > 1 ? String.valueOf(args[1]) : "" };
		}
		if (lookup instanceof ComuneLookup.Homonyms homonyms && column == ImportColumn.COMUNE) {
			return new String[] { typed,
					homonyms.comuni()
						.stream()
						.map(c -> c.name() + " (" + c.province().carPlate() + ")")
						.collect(Collectors.joining(", ")) };
		}
		if ("import.error.invalid".equals(code(column, error, lookup))) {
			return new String[] { String.valueOf(error.getDefaultMessage()) };
		}
		return new String[] { typed };
	}

	static String quote(String value) {
		return value.length() <= QUOTED ? value : value.substring(0, QUOTED - 1) + "…";
	}

}
