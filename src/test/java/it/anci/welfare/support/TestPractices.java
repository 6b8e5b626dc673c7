package it.anci.welfare.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-data builder for practice cards: a card of the test's own, inserted by SQL with
 * sensible defaults (a published card of the Comune di Perugia, a new service for the
 * elderly) and removed again by {@link Card#close()}, so that a test states only what it
 * relies on and never depends on the seed's size. Use it in a try-with-resources block:
 *
 * <pre>
 * try (var card = TestPractices.card(jdbc).title("Spesa a domicilio").comune("054039").insert()) { … }
 * </pre>
 *
 * Province, region and size class come from the ISTAT comune, as the seed and the editor
 * derive them; the facet index and the content version follow through the database's own
 * triggers.
 */
public final class TestPractices {

	/**
	 * Every card made here has a slug starting with this, so a crashed test's leftovers
	 * are easy to find.
	 */
	public static final String SLUG_PREFIX = "prova-costruttore-";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private TestPractices() {
	}

	public static Builder card(JdbcClient jdbc) {
		return new Builder(jdbc);
	}

	/**
	 * Removes what a test left behind (e.g. after a failure before its {@code close()}).
	 */
	public static void deleteAll(JdbcClient jdbc) {
		jdbc.sql("delete from practice where slug like ?").param(SLUG_PREFIX + "%").update();
	}

	public static final class Builder {

		private final JdbcClient jdbc;

		private final long number = SEQUENCE.incrementAndGet();

		private String title = "Prova costruttore " + this.number + ": spesa a domicilio per gli anziani soli";

		private String status = "PUBLISHED";

		private String comune = "054039";

		private String classification = "NUOVO";

		private List<String> serviceAreas = List.of("OS1");

		private List<String> targetGroups = List.of("ELD");

		private String description = "Il Comune ha consegnato la spesa e i farmaci a domicilio agli anziani soli.";

		private LocalDate start = LocalDate.of(2020, 3, 16);

		private Builder(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder draft() {
			this.status = "DRAFT";
			return this;
		}

		/** The ISTAT code of the comune that ran it (e.g. "054039", Perugia). */
		public Builder comune(String istatCode) {
			this.comune = istatCode;
			return this;
		}

		/** NUOVO, RAFFORZATO or MISTO. */
		public Builder classification(String code) {
			this.classification = code;
			return this;
		}

		public Builder serviceAreas(String... codes) {
			this.serviceAreas = List.of(codes);
			return this;
		}

		public Builder targetGroups(String... codes) {
			this.targetGroups = List.of(codes);
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder start(LocalDate start) {
			this.start = start;
			return this;
		}

		public Card insert() {
			String slug = SLUG_PREFIX + this.number;
			long id = this.jdbc.sql("""
					insert into practice (slug, title, provenance, status, provider_type, provider_name, comune_code,
					    province_code, region_code, size_class, classification, service_areas, target_groups,
					    description, partners, technologies, start_date, operators_feedback, citizens_feedback,
					    innovation, continuation, continuation_note)
					select :slug, :title, 'FONTE_PUBBLICA', :status, 'COMUNE', 'Comune di ' || c.name, c.istat_code,
					    c.province_code, p.region_code,
					    case when c.population <= 5000 then 'fino-5000' when c.population <= 20000 then '5001-20000'
					         when c.population <= 100000 then '20001-100000' else 'oltre-100000' end,
					    :classification, cast(:areas as text[]), cast(:groups as text[]), :description,
					    'Volontari della Protezione civile', 'Telefono', :start, 'Non indicato nella fonte',
					    'Non indicato nella fonte', 'Non indicato nella fonte', 'NON_INDICATO',
					    'Non indicato nella fonte'
					from comune c join province p on p.code = c.province_code where c.istat_code = :comune
					returning id""")
				.param("slug", slug)
				.param("title", this.title)
				.param("status", this.status)
				.param("classification", this.classification)
				.param("areas", array(this.serviceAreas))
				.param("groups", array(this.targetGroups))
				.param("description", this.description)
				.param("start", this.start)
				.param("comune", this.comune)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalArgumentException("no comune with ISTAT code " + this.comune));
			return new Card(this.jdbc, id, slug, this.title);
		}

		private static String array(List<String> codes) {
			return "{" + String.join(",", codes) + "}";
		}

	}

	/**
	 * A card made by a test: its page is {@code /pratiche/{slug}}; closing it deletes it
	 * (and its sources).
	 */
	public record Card(JdbcClient jdbc, long id, String slug, String title) implements AutoCloseable {

		public String path() {
			return "/pratiche/" + this.slug;
		}

		@Override
		public void close() {
			this.jdbc.sql("delete from practice where id = ?").param(this.id).update();
		}

	}

}
