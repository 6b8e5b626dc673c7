package it.anci.welfare.territory;

import it.anci.welfare.common.Slugs;

/**
 * An Italian region (ISTAT). {@code mapId} is the id of its shape in the map of Italy.
 */
public record Region(String code, String name, String slug, String geoArea, String mapId) {

	/**
	 * The Italian name of a bilingual region ("Valle d'Aosta/Vallée d'Aoste" → "Valle
	 * d'Aosta").
	 */
	public String shortName() {
		return Slugs.italianPart(this.name);
	}

}
