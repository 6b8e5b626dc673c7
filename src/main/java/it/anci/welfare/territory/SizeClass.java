package it.anci.welfare.territory;

import java.util.Arrays;
import java.util.Optional;

/**
 * Size classes of comuni by 2011 legal population, as used by the catalogue filter
 * {@code dimensione}.
 */
public enum SizeClass {

	FINO_5000("fino-5000", "fino a 5.000 abitanti", 0, 5_000),
	DA_5001_A_20000("5001-20000", "da 5.001 a 20.000 abitanti", 5_001, 20_000),
	DA_20001_A_100000("20001-100000", "da 20.001 a 100.000 abitanti", 20_001, 100_000),
	OLTRE_100000("oltre-100000", "oltre 100.000 abitanti", 100_001, Integer.MAX_VALUE);

	private final String code;

	private final String label;

	private final int min;

	private final int max;

	SizeClass(String code, String label, int min, int max) {
		this.code = code;
		this.label = label;
		this.min = min;
		this.max = max;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static SizeClass of(int population) {
		return Arrays.stream(values())
			.filter(s -> population >= s.min && population <= s.max)
			.findFirst()
			.orElseThrow();
	}

	public static Optional<SizeClass> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

	/** The key of its label in i18n/territory (the interface's language). */
	public String messageKey() {
		return "territory.sizeClass." + name();
	}

}
