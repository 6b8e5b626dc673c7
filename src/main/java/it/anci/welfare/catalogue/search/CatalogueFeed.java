package it.anci.welfare.catalogue.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards of a catalogue query most recently created or changed, for the Atom feed of a
 * search: whoever follows a search sees new and updated cards first, whatever order the
 * page itself uses.
 */
@NamedInterface("search")
@Service
@Transactional(readOnly = true)
public class CatalogueFeed {

	/**
	 * One card in the feed; {@code updatedAt} is the card's own last change, never the
	 * time the seed was loaded.
	 */
	public record Entry(String slug, String title, String providerName, String comuneName, String regionName,
			String description, Instant createdAt, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	CatalogueFeed(JdbcClient jdbc, CatalogueSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	/**
	 * At most {@code limit} matching published cards, last changed first (ties: the
	 * newest card first).
	 */
	public List<Entry> latest(CatalogueQuery query, int limit) {
		return changed(query, "", Map.of(), limit);
	}

	/**
	 * The matching published cards created or changed after {@code since} and at or
	 * before {@code until}, last changed first: what a search alert's digest lists for
	 * its period.
	 */
	public List<Entry> changedBetween(CatalogueQuery query, Instant since, Instant until, int limit) {
		return changed(query, "and p.updated_at > :since and p.updated_at <= :until ",
				Map.of("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC), "until",
						OffsetDateTime.ofInstant(until, ZoneOffset.UTC)),
				limit);
	}

	private List<Entry> changed(CatalogueQuery query, String period, Map<String, ?> bounds, int limit) {
		List<Long> ids = this.search.allIds(query);
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select p.slug, p.title, p.provider_name, c.name, r.name, p.description, p.created_at, p.updated_at
					from published_practice p join comune c on c.istat_code = p.comune_code join region r on r.code = p.region_code
					where p.id = any(cast(string_to_array(:ids, ',') as bigint[]))
					%s order by p.updated_at desc, p.id desc limit :limit"""
				.formatted(period))
			.params(bounds)
			.param("ids", IdList.of(ids))
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant()))
			.list();
	}

}
