package it.anci.welfare.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of PRODUCT.md for the 227 seeded cards, checked on the loaded database. */
@PortalTest
class SeedQualityTests {

	private static final List<String> REQUIRED_TEXT = List.of("title", "slug", "provider_name", "description", "partners",
			"technologies", "operators_feedback", "citizens_feedback", "innovation", "continuation_note");

	@Autowired
	JdbcClient jdbc;

	@Test
	void noRequiredFieldIsBlank() {
		for (String column : REQUIRED_TEXT) {
			assertThat(this.jdbc.sql("select title from practice where coalesce(trim(" + column + "), '') = ''")
				.query(String.class)
				.list()).as("cards with blank %s", column).isEmpty();
		}
		assertThat(this.jdbc.sql("select title from practice where cardinality(service_areas) = 0 "
				+ "or cardinality(target_groups) = 0 or cardinality(channels) = 0 or cardinality(interventions) = 0")
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void documentedCardsListTheirSourcesAndExamplesInventNoContacts() {
		assertThat(this.jdbc.sql("""
				select p.title from practice p where p.provenance = 'FONTE_PUBBLICA'
				and not exists (select 1 from practice_source s where s.practice_id = p.id and s.url like 'http%')""")
			.query(String.class)
			.list()).isEmpty();
		assertThat(this.jdbc.sql("""
				select title from practice where provenance = 'ESEMPIO'
				and (contact_email is not null or contact_phone is not null
				     or exists (select 1 from practice_source s where s.practice_id = practice.id))""")
			.query(String.class)
			.list()).isEmpty();
		assertThat(count("select count(*) from practice where provenance = 'FONTE_PUBBLICA'")).isGreaterThanOrEqualTo(45);
	}

	@Test
	void titlesAndSlugsAreUnique() {
		assertThat(this.jdbc.sql("select title from practice group by title having count(*) > 1").query(String.class).list())
			.isEmpty();
		assertThat(this.jdbc.sql("select slug from practice where slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'")
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void noTwoDescriptionsAreNearDuplicates() {
		List<Map.Entry<String, Set<String>>> cards = new ArrayList<>();
		this.jdbc.sql("select title, description from practice")
			.query((rs, n) -> Map.entry(rs.getString(1), trigrams(rs.getString(2))))
			.list()
			.forEach(cards::add);
		List<String> nearDuplicates = new ArrayList<>();
		for (int i = 0; i < cards.size(); i++) {
			for (int j = i + 1; j < cards.size(); j++) {
				double similarity = jaccard(cards.get(i).getValue(), cards.get(j).getValue());
				if (similarity >= 0.3) {
					nearDuplicates.add(cards.get(i).getKey() + " ~ " + cards.get(j).getKey() + " = " + similarity);
				}
			}
		}
		assertThat(nearDuplicates).isEmpty();
	}

	@Test
	void everyCardIsConsistentWithIstat() {
		assertThat(this.jdbc.sql("""
				select p.title from practice p
				join comune c on c.istat_code = p.comune_code
				join province pr on pr.code = c.province_code
				where p.province_code <> c.province_code or p.region_code <> pr.region_code
				   or p.size_class <> case when c.population <= 5000 then 'fino-5000'
				                           when c.population <= 20000 then '5001-20000'
				                           when c.population <= 100000 then '20001-100000'
				                           else 'oltre-100000' end""").query(String.class).list()).isEmpty();
	}

	@Test
	void everyCodeBelongsToItsManagedList() {
		Map<String, String> lists = Map.of("service_areas", "select code from service_area where level = 2",
				"target_groups", "select code from target_group", "interventions", "select code from intervention_kind",
				"channels", "select code from communication_mode where kind = 'CANALE'", "tools",
				"select code from communication_mode where kind = 'STRUMENTO'", "funding",
				"select code from funding_source");
		lists.forEach((column, codes) -> assertThat(this.jdbc
			.sql("select distinct unnest(" + column + ") from practice except " + codes)
			.query(String.class)
			.list()).as("unknown codes in %s", column).isEmpty());
	}

	@Test
	void coverageRulesHold() {
		assertThat(count("select count(distinct region_code) from practice")).isEqualTo(20);
		assertThat(count("select count(distinct classification) from practice")).isEqualTo(3);
		assertThat(count("select count(distinct size_class) from practice")).isEqualTo(4);
		assertThat(rare("select code from service_area where level = 2", "service_areas")).isEmpty();
		assertThat(rare("select code from target_group", "target_groups")).isEmpty();
		// more cards in populous regions: Lombardia has more than Molise and Valle d'Aosta together
		assertThat(count("select count(*) from practice where region_code = '03'"))
			.isGreaterThan(count("select count(*) from practice where region_code in ('14', '02')"));
	}

	/** Codes of a list used by fewer than 5 cards. */
	private List<String> rare(String codes, String column) {
		return this.jdbc.sql("select l.code from (" + codes + ") l where (select count(*) from practice p where l.code = any(p."
				+ column + ")) < 5")
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	static Set<String> trigrams(String text) {
		String[] words = Normalizer.normalize(text.toLowerCase(Locale.ITALIAN), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^a-z0-9]+", " ")
			.trim()
			.split(" +");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 2 < words.length; i++) {
			grams.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		Set<String> intersection = new HashSet<>(a);
		intersection.retainAll(b);
		return (double) intersection.size() / union.size();
	}

}
