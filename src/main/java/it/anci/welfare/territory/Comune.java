package it.anci.welfare.territory;

/** A comune with its province and region, as the pages show it. */
public record Comune(String istatCode, String name, int population, boolean capoluogo, Province province,
		Region region) {

	public SizeClass sizeClass() {
		return SizeClass.of(this.population);
	}

}
