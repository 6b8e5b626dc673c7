package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the managed lists of db/data/taxonomy (see its SOURCE.md) in file order. */
public class V4__LoadTaxonomy extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (PreparedStatement areas = connection.prepareStatement(
				"insert into service_area (code, name, parent_code, level, position) values (?, ?, ?, ?, ?)")) {
			int position = 0;
			for (CSVRecord row : read("service-areas.csv")) {
				areas.setString(1, row.get("code"));
				areas.setString(2, row.get("name"));
				areas.setString(3, row.get("parent_code").isBlank() ? null : row.get("parent_code"));
				areas.setInt(4, Integer.parseInt(row.get("level")));
				areas.setInt(5, ++position);
				areas.addBatch();
			}
			areas.executeBatch();
		}
		insertCodeList(context, "target_group", "target-groups.csv");
		insertCodeList(context, "intervention_kind", "intervention-kinds.csv");
		insertCodeList(context, "funding_source", "funding-sources.csv");
		try (PreparedStatement modes = connection
			.prepareStatement("insert into communication_mode (code, kind, name, position) values (?, ?, ?, ?)")) {
			int position = 0;
			for (CSVRecord row : read("communication-and-tools.csv")) {
				modes.setString(1, row.get("code"));
				modes.setString(2, row.get("kind").toUpperCase(Locale.ROOT));
				modes.setString(3, row.get("name"));
				modes.setInt(4, ++position);
				modes.addBatch();
			}
			modes.executeBatch();
		}
	}

	private static void insertCodeList(Context context, String table, String file) throws Exception {
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("insert into " + table + " (code, name, position) values (?, ?, ?)")) {
			int position = 0;
			for (CSVRecord row : read(file)) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("name"));
				insert.setInt(3, ++position);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static List<CSVRecord> read(String file) throws Exception {
		try (Reader reader = new InputStreamReader(
				V4__LoadTaxonomy.class.getResourceAsStream("/db/data/taxonomy/" + file), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords();
		}
	}

}
