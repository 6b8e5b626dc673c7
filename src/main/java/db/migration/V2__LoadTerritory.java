package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the ISTAT list of comuni at 1 January 2020 (db/data/istat, CC BY 3.0 IT) into
 * region, province, comune.
 */
public class V2__LoadTerritory extends BaseJavaMigration {

	static final String CSV = "/db/data/istat/elenco-comuni-2020-01-01.csv";

	/** Region code → id of its shape in static/img/italy-regions.svg. */
	private static final Map<String, String> MAP_IDS = Map.ofEntries(Map.entry("01", "piedmont"),
			Map.entry("02", "aosta-valley"), Map.entry("03", "lombardy"), Map.entry("04", "trentino-south-tyrol"),
			Map.entry("05", "veneto"), Map.entry("06", "friuli-venezia-giulia"), Map.entry("07", "liguria"),
			Map.entry("08", "emilia-romagna"), Map.entry("09", "tuscany"), Map.entry("10", "umbria"),
			Map.entry("11", "marche"), Map.entry("12", "lazio"), Map.entry("13", "abruzzo"), Map.entry("14", "molise"),
			Map.entry("15", "campania"), Map.entry("16", "apulia"), Map.entry("17", "basilicata"),
			Map.entry("18", "calabria"), Map.entry("19", "sicily"), Map.entry("20", "sardinia"));

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String[]> regions = new LinkedHashMap<>();
		Map<String, String[]> provinces = new LinkedHashMap<>();
		Connection connection = context.getConnection();
		try (Reader reader = new InputStreamReader(V2__LoadTerritory.class.getResourceAsStream(CSV),
				StandardCharsets.UTF_8);
				PreparedStatement comuni = connection.prepareStatement(
						"insert into comune (istat_code, name, province_code, capoluogo, population, cadastral_code) "
								+ "values (?, ?, ?, ?, ?, ?)")) {
			var records = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader);
			for (CSVRecord row : records) {
				String regionCode = row.get(0).trim();
				String provinceCode = row.get(1).trim();
				regions.putIfAbsent(regionCode, new String[] { row.get(10).trim(), row.get(9).trim() });
				provinces.putIfAbsent(provinceCode,
						new String[] { row.get(11).trim(), row.get(13).trim(), regionCode });
				comuni.setString(1, row.get(4).trim());
				comuni.setString(2, row.get(6).trim());
				comuni.setString(3, provinceCode);
				comuni.setBoolean(4, "1".equals(row.get(12).trim()));
				// ISTAT writes the population with '.' as thousands separator: "115.349"
				comuni.setInt(5, Integer.parseInt(row.get(19).trim().replace(".", "")));
				comuni.setString(6, row.get(18).trim());
				comuni.addBatch();
			}
			insertRegions(connection, regions);
			insertProvinces(connection, provinces);
			comuni.executeBatch();
		}
	}

	private static void insertRegions(Connection connection, Map<String, String[]> regions) throws Exception {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into region (code, name, slug, geo_area, map_id) values (?, ?, ?, ?, ?)")) {
			for (var region : regions.entrySet()) {
				String name = region.getValue()[0];
				insert.setString(1, region.getKey());
				insert.setString(2, name);
				insert.setString(3, SeedSlugs.of(SeedSlugs.italianPart(name)));
				insert.setString(4, region.getValue()[1]);
				insert.setString(5, MAP_IDS.get(region.getKey()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static void insertProvinces(Connection connection, Map<String, String[]> provinces) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into province (code, name, slug, car_plate, region_code) values (?, ?, ?, ?, ?)")) {
			for (var province : provinces.entrySet()) {
				String name = province.getValue()[0];
				insert.setString(1, province.getKey());
				insert.setString(2, name);
				insert.setString(3, SeedSlugs.of(SeedSlugs.italianPart(name)));
				insert.setString(4, province.getValue()[1]);
				insert.setString(5, province.getValue()[2]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
