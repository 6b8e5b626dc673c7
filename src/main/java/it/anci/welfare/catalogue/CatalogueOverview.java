package it.anci.welfare.catalogue;

import java.util.List;

/** The catalogue at a glance, for the home page. */
public record CatalogueOverview(long practices, long regions, long comuni, List<ClassificationCount> classifications) {

	public record ClassificationCount(String code, String name, long practices) {
	}

}
