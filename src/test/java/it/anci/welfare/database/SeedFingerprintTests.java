package it.anci.welfare.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import it.anci.welfare.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed migrations are frozen: a fresh install loads, byte for byte, the rows it
 * loaded when they were written. A new database is migrated up to V11 (the last seed
 * migration, so that later schema changes do not move the fingerprints) and every seeded
 * table is summed up as the MD5 of its rows as JSON, in a fixed order. Columns filled by
 * {@code default now()} are left out, since they hold the time of the run. Changing a
 * fingerprint below means that a fresh install now differs from every existing one: never
 * do it for a refactoring.
 */
class SeedFingerprintTests {

	/**
	 * Table → MD5 of its rows, measured on the seed as written (before the migrations
	 * were made self-contained).
	 */
	static final Map<String, String> FINGERPRINTS = new LinkedHashMap<>();

	static {
		FINGERPRINTS.put("region", "20:4d3ece6ddbc15054b8931c6e5f5929e3");
		FINGERPRINTS.put("province", "107:47c17db76f3e520a3cda22cd79cc7b48");
		FINGERPRINTS.put("comune", "7904:3782ef867e7656767996ec0884de24cc");
		FINGERPRINTS.put("service_area", "15:e0573de43c441a32bfd95fecb3e56098");
		FINGERPRINTS.put("target_group", "7:59375efdc0c1ef4cd4ccb485402a51fb");
		FINGERPRINTS.put("intervention_kind", "14:a7342333089ab9865d1ae31c9ba0360c");
		FINGERPRINTS.put("funding_source", "8:69e11e3bbdc7d08fe3d8adc82d13ab96");
		FINGERPRINTS.put("communication_mode", "17:78130a53a54b0c682707b76bae703f75");
		FINGERPRINTS.put("classification", "3:5e4adff40c233738e21eea905bb414fd");
		FINGERPRINTS.put("practice", "227:97e9d2d1eca775ad8c3d4e6ef883cb27");
		FINGERPRINTS.put("practice_source", "327:c00a39e7645a948565f06d84523eaef1");
		FINGERPRINTS.put("news", "9:5d2baeee4f45d604436ee1a7e0fcdeaa");
		FINGERPRINTS.put("news_link", "6:73a09011bbc5eb93a9e7bf44b2a52218");
		FINGERPRINTS.put("meeting", "3:63b5f33742a1c1ad0cb182c9aa1e4362");
		FINGERPRINTS.put("meeting_agenda_item", "2:184ed6f10bdfbb734840046533a579c6");
		FINGERPRINTS.put("meeting_working_group", "4:9bd9fd52442b3612648208509fcb3063");
		FINGERPRINTS.put("doc_template", "8:2e9caa4422e7b06a387aada360f82a88");
	}

	private static final String DATABASE = "seed_fingerprint_" + ProcessHandle.current().pid();

	private static Connection connection;

	@BeforeAll
	static void migrateAFreshDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.connection();
		try (Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		String url = databaseUrl(server.url());
		Flyway.configure()
			.dataSource(url, server.username(), server.password())
			.locations("classpath:db/migration")
			.target("11")
			.load()
			.migrate();
		connection = DriverManager.getConnection(url, server.username(), server.password());
	}

	@AfterAll
	static void dropTheDatabase() throws Exception {
		if (connection != null) {
			connection.close();
		}
		TestDatabase.Connection server = TestDatabase.connection();
		try (Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
		}
	}

	@Test
	void aFreshInstallLoadsTheSeedAsItWasWritten() throws Exception {
		Map<String, String> measured = new LinkedHashMap<>();
		for (String table : FINGERPRINTS.keySet()) {
			measured.put(table, fingerprint(table));
		}
		assertThat(measured).containsExactlyEntriesOf(FINGERPRINTS);
	}

	/** The fingerprint sees a single changed character. */
	@Test
	void aChangedRowChangesTheFingerprint() throws Exception {
		String before = fingerprint("region");
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("update region set name = name || '.' where code = '10'");
			assertThat(fingerprint("region")).isNotEqualTo(before);
			statement.executeUpdate("update region set name = left(name, -1) where code = '10'");
		}
		assertThat(fingerprint("region")).isEqualTo(before);
	}

	/**
	 * count:md5 of the table's rows as JSON (keys sorted by PostgreSQL), in the order of
	 * their text.
	 */
	static String fingerprint(String table) throws Exception {
		String row = switch (table) {
			case "news", "meeting", "doc_template" -> "to_jsonb(t) - 'created_at' - 'updated_at'";
			default -> "to_jsonb(t)";
		};
		String sql = "select count(*) || ':' || coalesce(md5(string_agg(r::text, E'\\n' order by r::text)), '') "
				+ "from (select " + row + " as r from " + table + " t) rows";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** The server's JDBC URL with the fresh database's name in place of its own. */
	private static String databaseUrl(String serverUrl) {
		int query = serverUrl.indexOf('?');
		String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
		String params = query < 0 ? "" : serverUrl.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + DATABASE.toLowerCase(Locale.ROOT) + params;
	}

}
