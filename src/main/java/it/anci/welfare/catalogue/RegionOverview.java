package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.territory.Province;
import it.anci.welfare.territory.Region;

/**
 * The region page: its practices by classification and its provinces with their number of
 * practices.
 */
public record RegionOverview(Region region, long total, List<PracticeSummaries> byClassification,
		List<ProvinceCount> provinces) {

	public record ProvinceCount(Province province, long practices, String url) {
	}

}
