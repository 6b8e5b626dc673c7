package db.migration;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the documented catalogue: real 2020 practices, each built from the sources it
 * lists, from db/data/practices/2020/*.yaml (format in that folder's README.md).
 * <p>
 * Frozen on purpose: it uses no application class, so a fresh install in a year loads the
 * same cards. The slug rule is the frozen copy in {@link SeedSlugs}; province, region and
 * size class come from the ISTAT comune in SQL. A field the sources do not cover is
 * stored as "Non indicato nella fonte" where the column needs a text, otherwise left
 * empty.
 */
public class V11__LoadDocumentedPractices extends BaseJavaMigration {

	static final String NOT_STATED = "Non indicato nella fonte";

	/**
	 * The time the documented seed was written: the cards' creation and last-change time.
	 */
	private static final String WRITTEN_AT = "timestamptz '2026-12-01 09:00:00+01'";

	private static final String INSERT = """
			insert into practice (slug, title, provenance, status, provider_type, provider_name, comune_code,
			    province_code, region_code, size_class, classification, service_areas, target_groups, interventions,
			    channels, channels_note, tools, tools_note, funding, description, key_figures, partners,
			    operators_count, technologies, start_date, start_precision, start_basis, beneficiaries,
			    operators_feedback, citizens_feedback, innovation, continuation, continuation_note, contact_office,
			    contact_email, contact_phone, contact_url, created_at, updated_at)
			select ?, ?, 'FONTE_PUBBLICA', 'PUBLISHED', ?, ?, c.istat_code, c.province_code, p.region_code,
			    case when c.population <= 5000 then 'fino-5000' when c.population <= 20000 then '5001-20000'
			         when c.population <= 100000 then '20001-100000' else 'oltre-100000' end,
			    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, %s
			from comune c join province p on p.code = c.province_code where c.istat_code = ?
			returning id""".formatted(WRITTEN_AT, WRITTEN_AT);

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/data/practices/2020/*.yaml");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		Set<String> slugs = new HashSet<>();
		try (PreparedStatement insert = connection.prepareStatement(INSERT);
				PreparedStatement source = connection.prepareStatement(
						"insert into practice_source (practice_id, position, title, kind, url) values (?, ?, ?, ?, ?)");
				PreparedStatement taken = connection.prepareStatement("select 1 from practice where slug = ?")) {
			for (Resource file : files) {
				for (Map<String, Object> card : readCards(file)) {
					String title = text(card, "title");
					String slug = uniqueSlug(SeedSlugs.of(title), slugs, taken);
					String[] start = start(text(card, "start"));
					int i = 0;
					insert.setString(++i, slug);
					insert.setString(++i, title);
					insert.setString(++i, text(card, "provider_type"));
					insert.setString(++i, text(card, "provider_name"));
					insert.setString(++i, text(card, "classification"));
					insert.setArray(++i, codes(connection, card, "service_areas"));
					insert.setArray(++i, codes(connection, card, "target_groups"));
					insert.setArray(++i, codes(connection, card, "interventions"));
					insert.setArray(++i, codes(connection, card, "channels"));
					insert.setString(++i, text(card, "channels_note"));
					insert.setArray(++i, codes(connection, card, "tools"));
					insert.setString(++i, text(card, "tools_note"));
					insert.setArray(++i, codes(connection, card, "funding"));
					insert.setString(++i, text(card, "description"));
					insert.setString(++i, text(card, "key_figures"));
					insert.setString(++i, stated(card, "partners"));
					setInteger(insert, ++i, card.get("operators_count"));
					insert.setString(++i, stated(card, "technologies"));
					insert.setDate(++i, java.sql.Date.valueOf(LocalDate.parse(start[0])));
					insert.setString(++i, start[1]);
					insert.setString(++i, text(card, "start_basis"));
					setInteger(insert, ++i, card.get("beneficiaries"));
					insert.setString(++i, stated(card, "operators_feedback"));
					insert.setString(++i, stated(card, "citizens_feedback"));
					insert.setString(++i, stated(card, "innovation"));
					insert.setString(++i, text(card, "continuation"));
					insert.setString(++i, stated(card, "continuation_note"));
					insert.setString(++i, text(card, "contact_office"));
					insert.setString(++i, text(card, "contact_email"));
					insert.setString(++i, text(card, "contact_phone"));
					insert.setString(++i, text(card, "contact_url"));
					insert.setString(++i, text(card, "comune_istat"));
					long id;
					try (ResultSet keys = insert.executeQuery()) {
						if (!keys.next()) {
							throw new IllegalStateException(file.getFilename() + ": unknown comune "
									+ text(card, "comune_istat") + " in '" + title + "'");
						}
						id = keys.getLong(1);
					}
					insertSources(source, id, card.get("sources"));
				}
			}
			source.executeBatch();
		}
	}

	/**
	 * "2020-03-12", "2020-03" or "2020" → the first day of the period and its precision.
	 */
	static String[] start(String value) {
		return switch (value.length()) {
			case 4 -> new String[] { value + "-01-01", "YEAR" };
			case 7 -> new String[] { value + "-01", "MONTH" };
			case 10 -> new String[] { value, "DAY" };
			default -> throw new IllegalArgumentException("start must be YYYY, YYYY-MM or YYYY-MM-DD: " + value);
		};
	}

	private static String uniqueSlug(String base, Set<String> seeded, PreparedStatement taken) throws Exception {
		String slug = base;
		for (int n = 2; !seeded.add(slug) || exists(taken, slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static boolean exists(PreparedStatement taken, String slug) throws Exception {
		taken.setString(1, slug);
		try (ResultSet rs = taken.executeQuery()) {
			return rs.next();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> readCards(Resource file) throws Exception {
		try (InputStream in = file.getInputStream()) {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return loaded == null ? List.of() : (List<Map<String, Object>>) loaded;
		}
	}

	@SuppressWarnings("unchecked")
	private static void insertSources(PreparedStatement source, long practiceId, Object sources) throws Exception {
		int position = 0;
		for (Map<String, Object> item : (List<Map<String, Object>>) sources) {
			source.setLong(1, practiceId);
			source.setInt(2, position++);
			source.setString(3, item.get("title").toString().strip());
			source.setString(4, item.get("kind").toString().strip());
			source.setString(5, item.get("url").toString().strip());
			source.addBatch();
		}
	}

	private static String text(Map<String, Object> card, String key) {
		Object value = card.get(key);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	private static String stated(Map<String, Object> card, String key) {
		String value = text(card, key);
		return value == null ? NOT_STATED : value;
	}

	private static java.sql.Array codes(Connection connection, Map<String, Object> card, String key) throws Exception {
		Object value = card.get(key);
		Object[] codes = value == null ? new Object[0] : ((List<?>) value).stream().map(Object::toString).toArray();
		return connection.createArrayOf("text", codes);
	}

	private static void setInteger(PreparedStatement statement, int index, Object value) throws Exception {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, ((Number) value).intValue());
		}
	}

}
