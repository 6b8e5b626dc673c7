package it.anci.welfare.catalogue.taxonomy;

import java.util.List;

import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.TaxonomyTerm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Reads the managed lists once and keeps them in memory; {@link #reload()} after an
 * administrator edits them.
 */
@NamedInterface("taxonomy")
@Service
public class TaxonomyService {

	private final JdbcClient jdbc;

	private volatile Taxonomy taxonomy;

	TaxonomyService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Taxonomy taxonomy() {
		Taxonomy current = this.taxonomy;
		if (current == null) {
			current = load();
			this.taxonomy = current;
		}
		return current;
	}

	public void reload() {
		this.taxonomy = load();
	}

	private Taxonomy load() {
		return new Taxonomy(list("select code, name, null from classification order by position"),
				list("select code, name, null from service_area where level = 1 order by position"),
				list("select code, name, parent_code from service_area where level = 2 order by position"),
				list("select code, name, null from target_group order by position"),
				list("select code, name, null from intervention_kind order by position"),
				list("select code, name, null from communication_mode where kind = 'CANALE' order by position"),
				list("select code, name, null from communication_mode where kind = 'STRUMENTO' order by position"),
				list("select code, name, null from funding_source order by position"));
	}

	private List<TaxonomyTerm> list(String sql) {
		return this.jdbc.sql(sql)
			.query((rs, n) -> new TaxonomyTerm(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
