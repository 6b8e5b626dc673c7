package it.anci.welfare.database;

import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class DatabaseMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void loadsTheWholeIstatTerritory() {
		assertThat(count("region")).isEqualTo(20);
		assertThat(count("province")).isEqualTo(107);
		assertThat(count("comune")).isEqualTo(7904);
	}

	@Test
	void parsesIstatCodesNamesAndPopulationWithThousandsSeparator() {
		var perugia = this.jdbc.sql("""
				select c.name, c.population, c.capoluogo, p.name as province, p.car_plate, r.name as region, r.slug
				from comune c join province p on p.code = c.province_code join region r on r.code = p.region_code
				where c.istat_code = '054039'""").query().singleRow();
		assertThat(perugia).containsEntry("name", "Perugia")
			.containsEntry("population", 162449)
			.containsEntry("capoluogo", true)
			.containsEntry("province", "Perugia")
			.containsEntry("car_plate", "PG")
			.containsEntry("region", "Umbria")
			.containsEntry("slug", "umbria");
		assertThat(this.jdbc.sql("select slug from region where code = '02'").query(String.class).single())
			.isEqualTo("valle-d-aosta");
		assertThat(this.jdbc.sql("select count(*) from comune where capoluogo").query(Long.class).single())
			.isGreaterThanOrEqualTo(107);
	}

	@Test
	void loadsTheTaxonomyOfThePublication() {
		assertThat(this.jdbc.sql("select name from classification order by position").query(String.class).list())
			.containsExactly("Servizio completamente nuovo", "Servizio esistente, rafforzato o rimodulato",
					"Servizio misto");
		assertThat(this.jdbc.sql("select count(*) from service_area where level = 1").query(Long.class).single())
			.isEqualTo(5);
		assertThat(this.jdbc.sql("select count(*) from service_area where level = 2").query(Long.class).single())
			.isEqualTo(10);
		assertThat(count("target_group")).isEqualTo(7);
		assertThat(count("intervention_kind")).isEqualTo(14);
		assertThat(count("funding_source")).isEqualTo(8);
		assertThat(this.jdbc.sql("select count(*) from communication_mode where kind = 'CANALE'")
			.query(Long.class)
			.single()).isEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from communication_mode where kind = 'STRUMENTO'")
			.query(Long.class)
			.single()).isEqualTo(7);
	}

	/**
	 * Every card of the seed's files, once (the seed's size itself is stated in
	 * SeedQualityTests).
	 */
	@Test
	void loadsEveryPracticeCardOfTheSeedFiles() {
		assertThat(
				this.jdbc.sql("select count(*) from practice where created_at = timestamptz '2026-12-01 09:00:00+01'")
					.query(Long.class)
					.single())
			.isEqualTo(PublishedCounts.cardsInTheSeedFiles())
			.isPositive();
	}

	@Test
	void aSecondMigrationRunAppliesNothing() {
		long practices = count("practice");
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.migrate().migrationsExecuted).isZero();
		assertThat(count("practice")).isEqualTo(practices);
		assertThat(count("comune")).isEqualTo(7904);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
