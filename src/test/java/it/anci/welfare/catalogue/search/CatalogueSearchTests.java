package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import it.anci.welfare.catalogue.CatalogueExports;
import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.Facet;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.MapRegion;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.PracticeSummary;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and facet counts against the seeded database, checked with independent plain
 * SQL.
 */
@PortalTest
class CatalogueSearchTests {

	@Autowired
	CatalogueService catalogue;

	@Autowired
	SearchHelp help;

	@Autowired
	CatalogueFilters filters;

	@Autowired
	CatalogueExports exports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void facetCountsEqualAPlainCountWithTheSameFiltersForRandomCombinations() {
		Random random = new Random(20200707);
		Map<CatalogueFilter, List<FilterOption>> options = this.filters.options();
		for (int round = 0; round < 40; round++) {
			MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
			for (CatalogueFilter filter : CatalogueFilter.values()) {
				if (random.nextInt(4) == 0) {
					List<FilterOption> values = options.get(filter);
					int howMany = 1 + random.nextInt(2);
					for (int i = 0; i < howMany; i++) {
						parameters.add(filter.parameter(), values.get(random.nextInt(values.size())).value());
					}
				}
			}
			if (random.nextInt(3) == 0) {
				parameters.add("q", List.of("anziani", "buoni spesa", "volontari", "telefono").get(random.nextInt(4)));
			}
			CatalogueQuery query = this.filters.parse(parameters);
			CataloguePage page = this.catalogue.search(query);
			assertThat(page.total()).as("total for %s", parameters).isEqualTo(plainCount(query, null, null));
			for (Facet facet : page.facets()) {
				for (Facet.Value value : facet.values()) {
					assertThat(value.count()).as("%s=%s with %s", facet.filter(), value.option().value(), parameters)
						.isEqualTo(plainCount(query, facet.filter(), value.option()));
				}
			}
		}
	}

	/**
	 * COUNT(*) of published cards matching the text and every filter of the query except
	 * {@code facet}, plus {@code facet = value} when given: written independently of the
	 * production SQL, one filter at a time.
	 */
	private long plainCount(CatalogueQuery query, CatalogueFilter facet, FilterOption value) {
		Map<CatalogueFilter, List<FilterOption>> filters = new LinkedHashMap<>(query.selected());
		if (facet != null) {
			filters.remove(facet);
			filters.put(facet, List.of(value));
		}
		StringBuilder sql = new StringBuilder("select count(*) from practice where status = 'PUBLISHED'");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (query.hasText()) {
			sql.append(" and search_vector @@ to_tsquery('italian_unaccent', :q)");
			parameters.put("q", SearchText.tsQuery(query.text()));
		}
		int i = 0;
		for (var entry : filters.entrySet()) {
			List<String> anyOf = new ArrayList<>();
			for (FilterOption option : entry.getValue()) {
				String name = "p" + i++;
				parameters.put(name, option.code());
				anyOf.add(entry.getKey().array() ? ":" + name + " = any(" + entry.getKey().sql() + ")"
						: entry.getKey().sql() + " = :" + name);
			}
			sql.append(" and (").append(String.join(" or ", anyOf)).append(")");
		}
		return this.jdbc.sql(sql.toString()).params(parameters).query(Long.class).single();
	}

	@Test
	void searchForgivesAccents() {
		long withAccent = total("q", "città");
		assertThat(withAccent).isPositive();
		assertThat(total("q", "citta")).isEqualTo(withAccent);
		assertThat(total("q", "CITTÀ")).isEqualTo(withAccent);
	}

	@Test
	void searchFindsOtherWordForms() {
		long plural = total("q", "anziani");
		assertThat(plural).isPositive();
		assertThat(total("q", "anziano")).isEqualTo(plural);
		assertThat(total("q", "anziana")).isEqualTo(plural);
		// a card that says only "anziani" is found by "anziano"
		String onlyPlural = this.jdbc.sql("""
				select slug from practice where description ~* '\\manziani\\M' and description !~* '\\manzian[oae]\\M'
				  and title !~* 'anzian' limit 1""").query(String.class).single();
		assertThat(this.exports.export(parse("q", "anziano")).stream().map(PracticeDetails::slug)).contains(onlyPlural);
	}

	@Test
	void searchRequiresAllWords() {
		CataloguePage both = this.catalogue.search(parse("q", "anziani telefono"));
		assertThat(both.total()).isPositive()
			.isLessThan(total("q", "anziani"))
			.isLessThanOrEqualTo(total("q", "telefono"));
		for (PracticeSummary p : both.items()) {
			assertThat(this.jdbc.sql("""
					select search_vector @@ to_tsquery('italian_unaccent', :a)
					   and search_vector @@ to_tsquery('italian_unaccent', :b) from practice where slug = :slug""")
				.param("a", SearchText.tsQuery("anziani"))
				.param("b", SearchText.tsQuery("telefono"))
				.param("slug", p.slug())
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	@Test
	void anyInputBecomesASafeQueryOfWordsAndTheirForms() {
		assertThat(SearchText.tsQuery("Anziano soli"))
			.isEqualTo("(anziano | anziana | anziani | anziane) & (soli | solo | sola | sole)");
		assertThat(SearchText.tsQuery("città")).isEqualTo("(città)");
		assertThat(SearchText.tsQuery("'\"&|!():* <b>")).isEqualTo("(b)");
		assertThat(SearchText.tsQuery("&|!():*")).isEmpty();
	}

	@Test
	void aStopWordAloneFindsNothing() {
		assertThat(total("q", "della")).isZero();
		assertThat(total("q", "il e per")).isZero();
	}

	/**
	 * A stop word is left out in all its endings: «delli» is no stop word, but «della»
	 * is.
	 */
	@Test
	void aStopWordBesideOtherWordsIsLeftOut() {
		long withoutStopWord = total("q", "consegna spesa");
		assertThat(withoutStopWord).isPositive();
		assertThat(total("q", "consegna della spesa")).isEqualTo(withoutStopWord);
		assertThat(total("q", "consegna nella spesa")).isEqualTo(withoutStopWord);
		assertThat(total("q", "delli")).isEqualTo(total("q", "dell"));
	}

	@Test
	void resultsHighlightTheMatchedWordsInASnippet() {
		CataloguePage page = this.catalogue.search(parse("q", "anziani"));
		assertThat(page.items()).isNotEmpty();
		assertThat(page.items()).allSatisfy(p -> assertThat(p.snippetHtml()).containsPattern("<mark>(?i)anzian"));
		assertThat(page.items().get(0).snippetHtml().split("\\s+").length).isLessThan(90);
	}

	/**
	 * A snippet that starts or ends inside the description says so with an ellipsis
	 * (issue 15).
	 */
	@Test
	void snippetsMarkWhereTheTextGoesOn() {
		String description = "Il Comune ha aperto una linea. Gli anziani soli ricevevano la spesa a casa. Tutto gratis.";
		assertThat(SummaryReader.withEllipses("Gli [[[mark]]]anziani[[[/mark]]] soli ricevevano", description))
			.isEqualTo("… Gli [[[mark]]]anziani[[[/mark]]] soli ricevevano …");
		assertThat(SummaryReader.withEllipses("Il Comune ha aperto", description)).isEqualTo("Il Comune ha aperto …");
		assertThat(SummaryReader.withEllipses(description, description)).isEqualTo(description);
		assertThat(SummaryReader.highlight("… Gli [[[mark]]]anziani[[[/mark]]] <b> …"))
			.isEqualTo("&hellip; Gli <mark>anziani</mark> &lt;b&gt; &hellip;");
	}

	/** A place name is searched as typed: "montone" is not merged with "Monte". */
	@Test
	void aPlaceNameIsSearchedAsTyped() {
		assertThat(SearchText.tsQuery("montone anziani", word -> word.equals("montone")))
			.isEqualTo("(montone) & (anziani | anziano | anziana | anziane)");
	}

	@Test
	void snippetsAreEscapedHtml() {
		assertThat(SummaryReader.highlight("a <script>[[[mark]]]b[[[/mark]]]"))
			.isEqualTo("a &lt;script&gt;<mark>b</mark>");
	}

	@Test
	void severalValuesOfOneFilterMeanAnyOfAndDifferentFiltersMeanAnd() {
		long umbria = total("regione", "umbria");
		long lazio = total("regione", "lazio");
		MultiValueMap<String, String> both = new LinkedMultiValueMap<>();
		both.add("regione", "umbria");
		both.add("regione", "lazio");
		assertThat(this.catalogue.search(this.filters.parse(both)).total()).isEqualTo(umbria + lazio);
		both.add("tipo", "NUOVO");
		long expected = this.jdbc
			.sql("select count(*) from practice where region_code in ('10', '12') and classification = 'NUOVO'")
			.query(Long.class)
			.single();
		assertThat(this.catalogue.search(this.filters.parse(both)).total()).isEqualTo(expected);
	}

	@Test
	void sortsByTitleComuneAndDate() {
		assertThat(titles(parse("ordina", "titolo")).stream()
			.filter(t -> Character.isLetter(t.charAt(0)))
			.map(CatalogueSearchTests::initials)
			.toList()).isSorted();
		List<java.time.LocalDate> dates = this.catalogue.search(parse("ordina", "recenti"))
			.items()
			.stream()
			.map(p -> p.startDate().date())
			.toList();
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<String> comuni = this.catalogue.search(parse("ordina", "comune"))
			.items()
			.stream()
			.map(PracticeSummary::comuneName)
			.map(CatalogueSearchTests::initials)
			.toList();
		assertThat(comuni).isSorted();
	}

	/**
	 * Exports bind the ids as one value: one parameter per id failed beyond PostgreSQL's
	 * 65,535 (a 100,000-card export).
	 */
	@Test
	void seventyThousandIdsBindAsOneParameterAndKeepTheirOrder() {
		List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 70_000).map(i -> 70_001 - i).boxed().toList();
		var row = this.jdbc
			.sql("select count(*) as n, min(position) filter (where id = 70000) as first_position, "
					+ "max(position) filter (where id = 1) as last_position from " + IdList.IN_ORDER)
			.param("ids", IdList.of(ids))
			.query()
			.singleRow();
		assertThat(row).containsEntry("n", 70_000L)
			.containsEntry("first_position", 1L)
			.containsEntry("last_position", 70_000L);
	}

	/**
	 * Relevance is computed once per text and kept: both pages must follow PostgreSQL's
	 * rank, then the most recent.
	 */
	@Test
	void aTextQueryListsTheMostRelevantCardsFirst() {
		List<String> expected = this.jdbc
			.sql("""
					select slug from practice
					where status = 'PUBLISHED' and search_vector @@ to_tsquery('italian_unaccent', :q)
					order by ts_rank_cd(search_vector, to_tsquery('italian_unaccent', :q), 32) desc, start_date desc, id desc""")
			.param("q", SearchText.tsQuery("anziani"))
			.query(String.class)
			.list();
		assertThat(expected).hasSizeGreaterThan(20);
		assertThat(firstTwoPages("anziani")).isEqualTo(expected.subList(0, Math.min(40, expected.size())));
	}

	/**
	 * Several words rank a card by the sum of its ranks for each word (as Lucene's BM25
	 * adds up its words), then the most recent, whatever their order.
	 */
	@Test
	void severalWordsRankByTheSumOfEachWordsRank() {
		List<String> expected = this.jdbc.sql("""
				select slug from practice, (select catalogue_tsquery(:a) as a, catalogue_tsquery(:b) as b) as words
				where status = 'PUBLISHED' and search_vector @@ a and search_vector @@ b
				order by ts_rank_cd(search_vector, a, 32) + ts_rank_cd(search_vector, b, 32) desc,
				  start_date desc, id desc""")
			.param("a", SearchText.tsQuery("anziani"))
			.param("b", SearchText.tsQuery("servizi"))
			.query(String.class)
			.list();
		assertThat(expected).hasSizeGreaterThan(20);
		assertThat(firstTwoPages("servizi per gli anziani"))
			.isEqualTo(expected.subList(0, Math.min(40, expected.size())))
			.isEqualTo(firstTwoPages("anziani, servizi"));
	}

	private List<String> firstTwoPages(String text) {
		MultiValueMap<String, String> secondPage = new LinkedMultiValueMap<>();
		secondPage.add("q", text);
		secondPage.add("pagina", "2");
		List<String> shown = new ArrayList<>();
		this.catalogue.search(parse("q", text)).items().forEach(item -> shown.add(item.slug()));
		this.catalogue.search(this.filters.parse(secondPage)).items().forEach(item -> shown.add(item.slug()));
		return shown;
	}

	@Test
	void paginatesTwentyAtATimeAndClampsAPageOutOfRange() {
		long published = PublishedCounts.practices(this.jdbc);
		int pages = (int) PublishedCounts.pages(published, 20);
		assertThat(pages).as("the seed fills several pages").isGreaterThan(2);
		CataloguePage first = this.catalogue.search(parse("pagina", "1"));
		assertThat(first.items()).hasSize(20);
		assertThat(first.pageCount()).isEqualTo(pages);
		CataloguePage last = this.catalogue.search(parse("pagina", "999"));
		assertThat(last.query().page()).isEqualTo(pages);
		assertThat(last.items()).hasSize((int) (published - (pages - 1) * 20));
		assertThat(this.catalogue.search(parse("pagina", "-3")).query().page()).isEqualTo(1);
	}

	@Test
	void unknownFilterValuesAreIgnoredAndReported() {
		CatalogueQuery query = parse("regione", "atlantide");
		assertThat(query.selected()).isEmpty();
		assertThat(query.ignored().stream().map(m -> this.messages.getMessage(m, Locale.ITALIAN)))
			.containsExactly("Il valore «atlantide» non esiste per il filtro «Regione» ed è stato ignorato.");
	}

	@Test
	void anEmptyResultTellsWhichFilterToRemove() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add("regione", "valle-d-aosta");
		parameters.add("dimensione", "oltre-100000");
		CataloguePage page = this.catalogue.search(this.filters.parse(parameters));
		assertThat(page.total()).isZero();
		assertThat(page.totalWithout()).containsEntry(CatalogueFilter.DIMENSIONE, total("regione", "valle-d-aosta"))
			.containsEntry(CatalogueFilter.REGIONE, total("dimensione", "oltre-100000"));
	}

	@Test
	void theMapShadesEveryRegionByItsCount() {
		CataloguePage page = this.catalogue.search(parse("tipo", "MISTO"));
		assertThat(page.map()).hasSize(20).allSatisfy(r -> assertThat(r.mapId()).isNotBlank());
		assertThat(page.map().stream().mapToLong(MapRegion::count).sum()).isEqualTo(page.total());
		assertThat(page.map()).anySatisfy(r -> assertThat(r.shade()).isEqualTo(5));
		assertThat(page.map()).allSatisfy(r -> assertThat(r.shade() == 0).isEqualTo(r.count() == 0));
	}

	@Test
	void similarPracticesShareAnAreaOrATargetGroupAndNeverRepeatTheCard() {
		List<String> slugs = this.jdbc.sql("select slug from practice order by id limit 15").query(String.class).list();
		for (String slug : slugs) {
			PracticeDetails practice = this.catalogue.practice(slug);
			List<PracticeSummary> similar = this.catalogue.similar(practice);
			assertThat(similar).hasSize(4).noneMatch(s -> s.slug().equals(slug));
			for (PracticeSummary other : similar) {
				PracticeDetails details = this.catalogue.practice(other.slug());
				boolean sharesArea = details.terms()
					.serviceAreas()
					.stream()
					.anyMatch(practice.terms().serviceAreas()::contains);
				boolean sharesTarget = details.terms()
					.targetGroups()
					.stream()
					.anyMatch(practice.terms().targetGroups()::contains);
				assertThat(sharesArea || sharesTarget).as("%s similar to %s", other.slug(), slug).isTrue();
			}
		}
	}

	/**
	 * The bitset scoring must give exactly what the scoring rule gives in plain SQL, ties
	 * by title included.
	 */
	@Test
	void similarPracticesFollowTheScoringRuleComputedInSql() {
		List<String> slugs = this.jdbc
			.sql("select slug from practice where status = 'PUBLISHED' order by md5(slug) limit 25")
			.query(String.class)
			.list();
		for (String slug : slugs) {
			PracticeDetails practice = this.catalogue.practice(slug);
			List<String> expected = this.jdbc
				.sql("""
						select o.slug from practice o, practice p
						where p.slug = :slug and o.status = 'PUBLISHED' and o.id <> p.id
						  and (o.service_areas && p.service_areas or o.target_groups && p.target_groups)
						order by 3 * cardinality(array(select unnest(o.service_areas) intersect select unnest(p.service_areas)))
						       + 2 * cardinality(array(select unnest(o.target_groups) intersect select unnest(p.target_groups)))
						       + cardinality(array(select unnest(o.interventions) intersect select unnest(p.interventions)))
						       - abs(array_position(array['fino-5000', '5001-20000', '20001-100000', 'oltre-100000'], o.size_class)
						           - array_position(array['fino-5000', '5001-20000', '20001-100000', 'oltre-100000'], p.size_class)) desc,
						       o.title collate "it-x-icu", o.id
						limit 4""")
				.param("slug", slug)
				.query(String.class)
				.list();
			assertThat(this.catalogue.similar(practice)).extracting(PracticeSummary::slug).as(slug).isEqualTo(expected);
		}
	}

	@Test
	void theMostSimilarPracticeSharesTheMostAreasAndTargetGroups() {
		String slug = this.jdbc.sql("select slug from practice order by id limit 1").query(String.class).single();
		PracticeDetails practice = this.catalogue.practice(slug);
		List<PracticeSummary> similar = this.catalogue.similar(practice);
		int best = overlap(practice, this.catalogue.practice(similar.get(0).slug()));
		int last = overlap(practice, this.catalogue.practice(similar.get(similar.size() - 1).slug()));
		assertThat(best).isGreaterThanOrEqualTo(last).isPositive();
	}

	private static int overlap(PracticeDetails a, PracticeDetails b) {
		PracticeCard.Classification x = a.card().classification();
		PracticeCard.Classification y = b.card().classification();
		return (int) (3 * y.serviceAreas().stream().filter(x.serviceAreas()::contains).count()
				+ 2 * y.targetGroups().stream().filter(x.targetGroups()::contains).count());
	}

	private long total(String parameter, String value) {
		return this.catalogue.search(parse(parameter, value)).total();
	}

	private CatalogueQuery parse(String parameter, String value) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add(parameter, value);
		return this.filters.parse(parameters);
	}

	/**
	 * The first letters without accents, case or punctuation: what any Italian collation
	 * orders the same way.
	 */
	private static String initials(String text) {
		String letters = java.text.Normalizer
			.normalize(text.toLowerCase(java.util.Locale.ITALIAN), java.text.Normalizer.Form.NFKD)
			.replaceAll("[^a-z]", "");
		return letters.substring(0, Math.min(2, letters.length()));
	}

	/**
	 * "Forse cercavi" compares the typed word with the catalogue's words in Java, by
	 * pg_trgm's own rule, since asking PostgreSQL meant a ts_stat over every card for
	 * each new word (10-30 s at 100,000 cards, issue 16): both give the same similarity
	 * and the same word as the SQL query did.
	 */
	@Test
	void correctionsAreThoseOfPgTrgm() {
		List<String> words = this.jdbc
			.sql("""
					select word from ts_stat('select to_tsvector(''simple'', f_unaccent(lower(title || '' '' || description)))
					                          from practice where status = ''PUBLISHED''') order by ndoc desc, word limit 300""")
			.query(String.class)
			.list();
		for (String typed : List.of("anzaini", "volontrai", "telefonoo", "psicologgico", "spesaa", "xqzwv")) {
			for (String word : words) {
				float sql = this.jdbc.sql("select similarity(?, ?)").params(word, typed).query(Float.class).single();
				assertThat(Trigrams.similarity(Trigrams.of(word), Trigrams.of(typed))).as("%s ~ %s", word, typed)
					.isEqualTo(sql);
			}
			java.util.Optional<String> expected = this.jdbc
				.sql("""
						select word from ts_stat('select to_tsvector(''simple'', f_unaccent(lower(title || '' '' || description)))
						                          from practice where status = ''PUBLISHED''')
						where word % :word and word <> :word
						order by similarity(word, :word) desc, ndoc desc, word limit 1""")
				.param("word", typed)
				.query(String.class)
				.optional();
			long version = this.jdbc.sql("select version from catalogue_state").query(Long.class).single();
			assertThat(this.help.correction(typed, version)).as(typed).isEqualTo(expected);
		}
	}

	private List<String> titles(CatalogueQuery query) {
		return this.catalogue.search(query).items().stream().map(PracticeSummary::title).toList();
	}

}
