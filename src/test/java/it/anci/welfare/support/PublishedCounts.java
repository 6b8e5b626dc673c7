package it.anci.welfare.support;

import java.io.InputStream;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public sees, counted in the database with the portal's own rules, for tests
 * that check a page against the data instead of against the seed's size (which
 * {@code SeedQualityTests} states on purpose, once). Also the number of cards in the
 * seed's files, for tests that start a portal on a fresh database of its own.
 */
public final class PublishedCounts {

	private PublishedCounts() {
	}

	public static long practices(JdbcClient jdbc) {
		return count(jdbc, "select count(*) from practice where status = 'PUBLISHED'");
	}

	/**
	 * Published practices with a condition on the table {@code practice}, e.g.
	 * {@code region_code = '10'}.
	 */
	public static long practicesWhere(JdbcClient jdbc, String condition) {
		return count(jdbc, "select count(*) from practice where status = 'PUBLISHED' and (" + condition + ")");
	}

	/** News items on the public site: published, and not scheduled for later. */
	public static long news(JdbcClient jdbc) {
		return newsWhere(jdbc, "true");
	}

	public static long newsWhere(JdbcClient jdbc, String condition) {
		return count(jdbc, "select count(*) from news where status = 'PUBLISHED' and published_at <= now() and ("
				+ condition + ")");
	}

	public static long meetings(JdbcClient jdbc) {
		return count(jdbc, "select count(*) from meeting where status = 'PUBLISHED'");
	}

	public static long templates(JdbcClient jdbc) {
		return count(jdbc, "select count(*) from doc_template where status = 'PUBLISHED'");
	}

	/** The number of pages of 20 items that {@code total} items fill (at least one). */
	public static long pages(long total, int pageSize) {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/**
	 * The cards in the seed's files (db/data/practices/2020/*.yaml): what a fresh install
	 * loads.
	 */
	public static int cardsInTheSeedFiles() {
		try {
			int cards = 0;
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/data/practices/2020/*.yaml")) {
				try (InputStream in = file.getInputStream()) {
					Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
					cards += loaded == null ? 0 : ((List<?>) loaded).size();
				}
			}
			return cards;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
