package it.anci.welfare.intake;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number cell of an uploaded spreadsheet as its number format shows it, the way the
 * import read it with POI's {@code DateUtil} and {@code DataFormatter(Locale.ITALY)}:
 * whether it is a date, and otherwise its text with Italian separators ("1.200", "0,5").
 * Digit formats ({@code 0}, {@code #,##0.00}, {@code 000000}, {@code 0%}) are applied;
 * any other format shows the number as Excel's General does.
 */
final class CellFormats {

	private static final Pattern DATE_CODE = Pattern.compile("[yYmMdDhHsS\\-T/,. :]+0*[ampAMP/]*");

	private static final Pattern DIGITS = Pattern.compile("[#0?]+(,[#0?]+)*(\\.[#0?]+)?%?");

	private static final DecimalFormatSymbols ITALIAN = DecimalFormatSymbols.getInstance(Locale.ITALY);

	private static final BigDecimal SCIENTIFIC_FROM = new BigDecimal("1E11");

	private static final BigDecimal SCIENTIFIC_UNDER = new BigDecimal("1E-10");

	private static final BigDecimal NO_DECIMALS_FROM = new BigDecimal("1E10");

	private CellFormats() {
	}

	/**
	 * A date or time format: one of Excel's built-in ones (ids 14–22 and 45–47), or a
	 * code made of date letters (d, m, y, h, s) and separators once quoted text,
	 * {@code \}-escaped characters and {@code [colour]} or {@code [$-410]} brackets are
	 * left out; {@code [h]}, {@code [mm]}, {@code [ss]} (elapsed time) count as letters.
	 */
	static boolean isDate(Integer formatId, String format) {
		if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 45 && formatId <= 47)) {
			return true;
		}
		String code = format == null ? "" : code(format);
		return code.chars().anyMatch(c -> "dmyhsDMYHS".indexOf(c) >= 0) && DATE_CODE.matcher(code).matches();
	}

	/** The number as a cell with this format shows it. */
	static String text(BigDecimal number, String format) {
		String code = format == null ? "" : code(format).strip();
		boolean withText = format != null && (format.indexOf('"') >= 0 || format.indexOf('\\') >= 0);
		if (withText || !DIGITS.matcher(code).matches()) {
			return general(number);
		}
		DecimalFormat decimal = new DecimalFormat(code.replace('?', '#'), ITALIAN);
		decimal.setRoundingMode(RoundingMode.HALF_UP);
		return decimal.format(number);
	}

	/**
	 * Excel's General: up to 10 significant digits, no decimals from 10 digits before the
	 * point, scientific from 12.
	 */
	private static String general(BigDecimal number) {
		BigDecimal size = number.abs();
		if (size.compareTo(SCIENTIFIC_FROM) >= 0 || size.signum() != 0 && size.compareTo(SCIENTIFIC_UNDER) <= 0) {
			DecimalFormat scientific = new DecimalFormat("0.#####E00", ITALIAN);
			scientific.setRoundingMode(RoundingMode.HALF_UP);
			return scientific.format(number).replaceFirst("E(\\d)", "E+$1");
		}
		BigDecimal shown = size.compareTo(NO_DECIMALS_FROM) >= 0 ? number.setScale(0, RoundingMode.HALF_UP)
				: number.round(new MathContext(10, RoundingMode.HALF_UP));
		String plain = shown.signum() == 0 ? "0" : shown.stripTrailingZeros().toPlainString();
		return plain.replace('.', ',');
	}

	/**
	 * The first section of a format (the one for positive numbers) without what is shown
	 * as written: quoted text, escaped characters, padding ({@code _x}), fill
	 * ({@code *x}) and brackets other than elapsed time.
	 */
	private static String code(String format) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == ';') {
				break;
			}
			if (c == '"') {
				int end = format.indexOf('"', i + 1);
				i = end < 0 ? format.length() : end;
			}
			else if (c == '\\' || c == '_' || c == '*') {
				i++;
			}
			else if (c == '[') {
				int end = format.indexOf(']', i + 1);
				String inside = format.substring(i + 1, end < 0 ? format.length() : end);
				if (inside.matches("h+|m+|s+|H+|M+|S+")) {
					code.append(inside);
				}
				i = end < 0 ? format.length() : end;
			}
			else {
				code.append(c);
			}
		}
		return code.toString();
	}

}
