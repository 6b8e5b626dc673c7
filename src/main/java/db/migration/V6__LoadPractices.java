package db.migration;

import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
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

import it.anci.welfare.common.Slugs;
import it.anci.welfare.territory.SizeClass;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the 227 seeded practice cards from db/data/practices/*.yaml: documented real practices (FONTE_PUBBLICA,
 * with sources) and example cards (ESEMPIO). Province, region and size class come from the ISTAT comune.
 */
public class V6__LoadPractices extends BaseJavaMigration {

	private static final String INSERT = """
			insert into practice (slug, title, provenance, provider_type, provider_name, comune_code, province_code,
			    region_code, size_class, classification, service_areas, target_groups, interventions, channels,
			    channels_note, tools, tools_note, funding, description, partners, operators_count, technologies,
			    start_date, beneficiaries, operators_feedback, citizens_feedback, innovation, continuation,
			    continuation_note, contact_office, contact_email, contact_phone, contact_url, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    timestamptz '2020-07-07 10:00:00+02', timestamptz '2020-07-07 10:00:00+02')
			returning id""";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/data/practices/*.yaml");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		Set<String> slugs = new HashSet<>();
		try (PreparedStatement insert = connection.prepareStatement(INSERT);
				PreparedStatement source = connection.prepareStatement(
						"insert into practice_source (practice_id, position, title, url) values (?, ?, ?, ?)");
				PreparedStatement comune = connection.prepareStatement(
						"select c.province_code, p.region_code, c.population from comune c "
								+ "join province p on p.code = c.province_code where c.istat_code = ?")) {
			for (Resource file : files) {
				for (Map<String, Object> card : readCards(file)) {
					String title = text(card, "title");
					String slug = uniqueSlug(Slugs.of(title), slugs);
					String comuneCode = text(card, "comune_istat");
					comune.setString(1, comuneCode);
					try (ResultSet place = comune.executeQuery()) {
						if (!place.next()) {
							throw new IllegalStateException(file.getFilename() + ": unknown comune " + comuneCode + " in '" + title + "'");
						}
						int i = 0;
						insert.setString(++i, slug);
						insert.setString(++i, title);
						insert.setString(++i, text(card, "provenance"));
						insert.setString(++i, text(card, "provider_type"));
						insert.setString(++i, text(card, "provider_name"));
						insert.setString(++i, comuneCode);
						insert.setString(++i, place.getString(1));
						insert.setString(++i, place.getString(2));
						insert.setString(++i, SizeClass.of(place.getInt(3)).code());
						insert.setString(++i, text(card, "classification"));
						for (String list : List.of("service_areas", "target_groups", "interventions", "channels")) {
							insert.setArray(++i, codes(connection, card, list));
							if (list.equals("channels")) {
								insert.setString(++i, text(card, "channels_note"));
							}
						}
						insert.setArray(++i, codes(connection, card, "tools"));
						insert.setString(++i, text(card, "tools_note"));
						insert.setArray(++i, codes(connection, card, "funding"));
						insert.setString(++i, text(card, "description"));
						insert.setString(++i, text(card, "partners"));
						setInteger(insert, ++i, card.get("operators_count"));
						insert.setString(++i, text(card, "technologies"));
						insert.setDate(++i, Date.valueOf(date(card.get("start_date"))));
						setInteger(insert, ++i, card.get("beneficiaries"));
						for (String field : List.of("operators_feedback", "citizens_feedback", "innovation", "continuation",
								"continuation_note", "contact_office", "contact_email", "contact_phone", "contact_url")) {
							insert.setString(++i, text(card, field));
						}
					}
					long id;
					try (ResultSet keys = insert.executeQuery()) {
						keys.next();
						id = keys.getLong(1);
					}
					insertSources(source, id, card.get("sources"));
				}
			}
			source.executeBatch();
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
		if (sources == null) {
			return;
		}
		int position = 0;
		for (Map<String, Object> item : (List<Map<String, Object>>) sources) {
			source.setLong(1, practiceId);
			source.setInt(2, position++);
			source.setString(3, item.get("title").toString().strip());
			source.setString(4, item.get("url").toString().strip());
			source.addBatch();
		}
	}

	private static String uniqueSlug(String base, Set<String> taken) {
		String slug = base;
		for (int n = 2; !taken.add(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static String text(Map<String, Object> card, String key) {
		Object value = card.get(key);
		return value == null ? null : value.toString().strip();
	}

	private static Array codes(Connection connection, Map<String, Object> card, String key) throws Exception {
		Object value = card.get(key);
		Object[] codes = value == null ? new Object[0] : ((List<?>) value).stream().map(Object::toString).toArray();
		return connection.createArrayOf("text", codes);
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
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
