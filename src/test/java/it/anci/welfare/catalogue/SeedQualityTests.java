package it.anci.welfare.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules for the seeded catalogue (PRODUCT.md, issue 10), checked on the loaded
 * database: every card a real, sourced 2020 practice. Only the seeded cards are checked
 * ({@link #SEED}); other tests add and remove their own.
 */
@PortalTest
class SeedQualityTests {

	/**
	 * The seed's real size, stated on purpose here and only here: every other test counts
	 * in the database ({@code support.PublishedCounts}) or makes its own cards
	 * ({@code support.TestPractices}), so that adding a card to the seed changes this
	 * number and nothing else.
	 */
	static final int SEED_SIZE = 227;

	/** Cards written by V11 carry this creation time; staff-made cards never do. */
	static final String SEED = "p.created_at = timestamptz '2026-12-01 09:00:00+01'";

	private static final List<String> REQUIRED_TEXT = List.of("title", "slug", "provider_name", "description",
			"partners", "technologies", "operators_feedback", "citizens_feedback", "innovation", "continuation_note");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedIs227PublishedDocumentedCards() {
		assertThat(count("select count(*) from practice p where " + SEED + " and status = 'PUBLISHED'"))
			.isEqualTo(SEED_SIZE);
		assertThat(PublishedCounts.cardsInTheSeedFiles()).as("cards in db/data/practices/2020").isEqualTo(SEED_SIZE);
		assertThat(count("select count(*) from practice p where " + SEED + " and provenance <> 'FONTE_PUBBLICA'"))
			.isZero();
	}

	@Test
	void everyCardListsItsSourcesWithTheirKind() {
		assertThat(titles("""
				not exists (select 1 from practice_source s where s.practice_id = p.id and s.url ~ '^https?://\\S+$'
				            and length(trim(s.title)) > 0)""")).isEmpty();
		// a civic report is a Covid19Italia.help issue, and an issue of that project is
		// marked as a civic report
		assertThat(
				titles("""
						exists (select 1 from practice_source s where s.practice_id = p.id
						        and (s.kind = 'SEGNALAZIONE') <> (s.url like 'https://github.com/emergenzeHack/covid19italia_segnalazioni/issues/%'))"""))
			.isEmpty();
	}

	@Test
	void noRequiredFieldIsBlankAndNoDescriptionIsAPlaceholder() {
		for (String column : REQUIRED_TEXT) {
			assertThat(titles("coalesce(trim(p." + column + "), '') = ''")).as("cards with blank %s", column).isEmpty();
		}
		assertThat(titles("cardinality(p.service_areas) = 0 or cardinality(p.target_groups) = 0")).isEmpty();
		assertThat(titles("p.description ilike '%non indicato%' or p.title ilike '%esempio%'")).isEmpty();
	}

	/**
	 * Contacts come from a source or are absent: no personal e-mail address is ever
	 * seeded.
	 */
	@Test
	void noInventedContacts() {
		assertThat(titles("p.contact_email is not null")).isEmpty();
	}

	@Test
	void titlesAndSlugsAreUnique() {
		assertThat(this.jdbc.sql("select title from practice group by title having count(*) > 1")
			.query(String.class)
			.list()).isEmpty();
		assertThat(titles("p.slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'")).isEmpty();
	}

	/**
	 * A short source makes a short card: descriptions are never padded into near copies
	 * of each other.
	 */
	@Test
	void noTwoDescriptionsAreNearDuplicates() {
		List<Map.Entry<String, Set<String>>> cards = new ArrayList<>();
		this.jdbc.sql("select title, description from practice p where " + SEED)
			.query((rs, n) -> Map.entry(rs.getString(1), trigrams(rs.getString(2))))
			.list()
			.forEach(cards::add);
		assertThat(cards).hasSize(SEED_SIZE);
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
	void trigramSimilarityFindsNearCopies() {
		String text = "Il Comune ha consegnato la spesa a domicilio agli anziani soli con i volontari della Protezione civile";
		assertThat(jaccard(trigrams(text), trigrams(text + " e della Croce rossa"))).isGreaterThan(0.3);
		assertThat(jaccard(trigrams(text), trigrams("Buoni spesa da 300 euro per le famiglie senza reddito"))).isZero();
	}

	@Test
	void everyCardIsConsistentWithIstat() {
		assertThat(titles("""
				exists (select 1 from comune c join province pr on pr.code = c.province_code
				        where c.istat_code = p.comune_code
				        and (p.province_code <> c.province_code or p.region_code <> pr.region_code
				             or p.size_class <> case when c.population <= 5000 then 'fino-5000'
				                                     when c.population <= 20000 then '5001-20000'
				                                     when c.population <= 100000 then '20001-100000'
				                                     else 'oltre-100000' end))""")).isEmpty();
	}

	@Test
	void everyCodeBelongsToItsManagedList() {
		Map<String, String> lists = Map.of("service_areas", "select code from service_area where level = 2",
				"target_groups", "select code from target_group", "interventions", "select code from intervention_kind",
				"channels", "select code from communication_mode where kind = 'CANALE'", "tools",
				"select code from communication_mode where kind = 'STRUMENTO'", "funding",
				"select code from funding_source");
		lists.forEach((column,
				codes) -> assertThat(this.jdbc
					.sql("select distinct unnest(" + column + ") from practice p where " + SEED + " except " + codes)
					.query(String.class)
					.list()).as("unknown codes in %s", column).isEmpty());
	}

	/**
	 * No start before the national state of emergency (31 January 2020); month and year
	 * starts keep their precision.
	 */
	@Test
	void startDatesAreOfTheEmergencyAndKeepTheirPrecision() {
		assertThat(titles("p.start_precision = 'DAY' and p.start_date < date '2020-01-31'")).isEmpty();
		assertThat(titles("p.start_date < date '2020-01-01' or p.start_date > date '2020-12-31'")).isEmpty();
		assertThat(count("select count(*) from practice p where " + SEED + " and start_precision = 'MONTH'"))
			.isPositive();
		assertThat(count("select count(*) from practice p where " + SEED + " and start_precision = 'YEAR'"))
			.isPositive();
	}

	@Test
	void coverageRulesHold() {
		assertThat(count("select count(distinct region_code) from practice p where " + SEED)).isEqualTo(20);
		assertThat(count("select count(*) from practice p where " + SEED + " and region_code = '10'"))
			.as("Umbrian cards")
			.isGreaterThanOrEqualTo(15);
		assertThat(count("select count(*) from practice p where " + SEED + " and provider_type <> 'COMUNE'"))
			.as("cards of an Unione, Ambito, Consorzio, Società della Salute, Municipio…")
			.isGreaterThanOrEqualTo(20);
		assertThat(count("select count(*) from practice p where " + SEED + " and size_class = 'fino-5000'"))
			.as("cards of comuni up to 5,000 inhabitants")
			.isGreaterThanOrEqualTo(30);
		assertThat(count("select count(distinct classification) from practice p where " + SEED)).isEqualTo(3);
		assertThat(count("select count(distinct size_class) from practice p where " + SEED)).isEqualTo(4);
		assertThat(rare("select code from service_area where level = 2", "service_areas")).isEmpty();
		// the sources document no municipal measure for addictions in 2020
		// (documented-practices-2020.md, section 5)
		assertThat(rare("select code from target_group", "target_groups")).containsExactly("ADD");
	}

	/** Codes of a list used by fewer than 3 seeded cards. */
	private List<String> rare(String codes, String column) {
		return this.jdbc
			.sql("select l.code from (" + codes + ") l where (select count(*) from practice p where " + SEED
					+ " and l.code = any(p." + column + ")) < 3")
			.query(String.class)
			.list();
	}

	/** Titles of the seeded cards that meet {@code condition} (on {@code practice p}). */
	private List<String> titles(String condition) {
		return this.jdbc.sql("select p.title from practice p where " + SEED + " and (" + condition + ")")
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
