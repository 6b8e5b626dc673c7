package it.anci.welfare.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the result list; relevance only makes sense with a text query. */
public enum CatalogueSort {

	RILEVANZA("rilevanza", "Rilevanza", "ts_rank_cd(p.search_vector, websearch_to_tsquery('italian_unaccent', :q), 32) desc, p.start_date desc, p.id"),
	RECENTI("recenti", "Più recenti", "p.start_date desc, p.id desc"),
	TITOLO("titolo", "Titolo (A-Z)", "p.title collate \"it-x-icu\", p.id"),
	COMUNE("comune", "Comune (A-Z)", "c.name collate \"it-x-icu\", p.title collate \"it-x-icu\", p.id");

	private final String value;

	private final String label;

	private final String orderBy;

	CatalogueSort(String value, String label, String orderBy) {
		this.value = value;
		this.label = label;
		this.orderBy = orderBy;
	}

	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	String orderBy() {
		return this.orderBy;
	}

	public static Optional<CatalogueSort> fromValue(String value) {
		return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
	}

}
