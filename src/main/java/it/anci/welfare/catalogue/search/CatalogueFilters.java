package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueSort;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.FollowUpState;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.common.InvalidRequestException;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.SizeClass;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The values each filter accepts, and the parsing of a request into a
 * {@link CatalogueQuery}.
 */
@NamedInterface("search")
@Component
public class CatalogueFilters {

	/** Longer texts are cut: no Italian query needs more, and the database stays safe. */
	static final int MAX_TEXT_LENGTH = 200;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	CatalogueFilters(TaxonomyService taxonomyService, TerritoryService territory) {
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	/**
	 * The options of one taxonomy (a new one after each catalogue or taxonomy change).
	 */
	private record Options(Taxonomy taxonomy, Map<CatalogueFilter, List<FilterOption>> byFilter) {
	}

	private volatile Options options;

	/**
	 * Built once per taxonomy: each page asked for them several times, and writing the
	 * 107 province labels and the other lists again for every request showed in the
	 * throughput profile (issue 16).
	 */
	public Map<CatalogueFilter, List<FilterOption>> options() {
		Taxonomy taxonomy = this.taxonomyService.taxonomy();
		Options current = this.options;
		if (current == null || current.taxonomy() != taxonomy) {
			current = new Options(taxonomy, java.util.Collections.unmodifiableMap(options(taxonomy)));
			this.options = current;
		}
		return current.byFilter();
	}

	private Map<CatalogueFilter, List<FilterOption>> options(Taxonomy taxonomy) {
		Map<CatalogueFilter, List<FilterOption>> options = new EnumMap<>(CatalogueFilter.class);
		options.put(CatalogueFilter.TIPO, codes(taxonomy.classifications(), null));
		options.put(CatalogueFilter.AREA,
				taxonomy.serviceAreas()
					.stream()
					.map(t -> new FilterOption(t.code(), t.code(), t.name(),
							taxonomy.name(taxonomy.macroLevels(), t.parentCode())))
					.toList());
		options.put(CatalogueFilter.UTENZA, codes(taxonomy.targetGroups(), null));
		options.put(CatalogueFilter.INTERVENTO, codes(taxonomy.interventionKinds(), null));
		options.put(CatalogueFilter.REGIONE,
				this.territory.regions()
					.stream()
					.sorted((a, b) -> a.shortName().compareTo(b.shortName()))
					.map(r -> new FilterOption(r.slug(), r.code(), r.shortName(), null))
					.toList());
		Map<String, Region> regions = this.territory.regionsByCode();
		options.put(CatalogueFilter.PROVINCIA,
				this.territory.provinces()
					.stream()
					.map(p -> new FilterOption(p.carPlate(), p.code(), p.name() + " (" + p.carPlate() + ")",
							regions.get(p.regionCode()).shortName()))
					.toList());
		options.put(CatalogueFilter.DIMENSIONE,
				Arrays.stream(SizeClass.values())
					.map(s -> new FilterOption(s.code(), s.code(), s.label(), null, s.messageKey()))
					.toList());
		options.put(CatalogueFilter.PROSEGUE,
				Arrays.stream(Continuation.values())
					.map(c -> new FilterOption(c.name().toLowerCase(Locale.ROOT).replace('_', '-'), c.name(), c.label(),
							null, c.messageKey()))
					.toList());
		List<FilterOption> states = new ArrayList<>(Arrays.stream(FollowUpState.values())
			.map(s -> new FilterOption(s.name().toLowerCase(Locale.ROOT), s.name(), s.label(), null, s.messageKey()))
			.toList());
		states.add(new FilterOption("nessun-aggiornamento", "NESSUNO", "Nessun aggiornamento dopo la scheda", null,
				"catalogue.option.noFollowUp"));
		options.put(CatalogueFilter.STATO, states);
		options.put(CatalogueFilter.FONTE,
				List.of(new FilterOption("documentata", Provenance.FONTE_PUBBLICA.name(),
						"Pratica documentata da fonti pubbliche", null, "catalogue.option.documented"),
						new FilterOption("proposta", Provenance.PROPOSTA.name(), "Proposta da un Comune e verificata",
								null, "catalogue.option.proposed"),
						new FilterOption("importata", Provenance.IMPORTATA.name(), "Importata da una rilevazione", null,
								"catalogue.option.imported")));
		return options;
	}

	public Optional<FilterOption> option(CatalogueFilter filter, String value) {
		return options().get(filter).stream().filter(o -> o.value().equalsIgnoreCase(value)).findFirst();
	}

	/**
	 * Understands a request: unknown values are dropped and listed; a page that is not a
	 * number is refused.
	 */
	public CatalogueQuery parse(MultiValueMap<String, String> parameters) {
		List<MessageSourceResolvable> ignored = new ArrayList<>();
		Map<CatalogueFilter, List<FilterOption>> options = options();
		Map<CatalogueFilter, List<FilterOption>> selected = new LinkedHashMap<>();
		for (CatalogueFilter filter : CatalogueFilter.values()) {
			for (String raw : parameters.getOrDefault(filter.parameter(), List.of())) {
				String value = clean(raw);
				if (value.isEmpty()) {
					continue;
				}
				options.get(filter)
					.stream()
					.filter(o -> o.value().equalsIgnoreCase(value))
					.findFirst()
					.ifPresentOrElse(option -> {
						List<FilterOption> values = selected.computeIfAbsent(filter, f -> new ArrayList<>());
						if (!values.contains(option)) {
							values.add(option);
						}
					}, () -> ignored
						.add(message("catalogue.list.ignored.value", abbreviate(value), message(filter.messageKey()))));
			}
		}
		String text = abbreviate(clean(parameters.getFirst("q")), MAX_TEXT_LENGTH);
		String sortValue = clean(parameters.getFirst("ordina"));
		Optional<CatalogueSort> chosen = CatalogueSort.fromValue(sortValue);
		if (!sortValue.isEmpty() && chosen.isEmpty()) {
			ignored.add(message("catalogue.list.ignored.sort", abbreviate(sortValue)));
		}
		CatalogueSort sort = chosen.filter(s -> s != CatalogueSort.RILEVANZA || !text.isEmpty())
			.orElse(text.isEmpty() ? CatalogueSort.RECENTI : CatalogueSort.RILEVANZA);
		return new CatalogueQuery(text, selected, sort, chosen.isPresent() && chosen.get() == sort,
				page(parameters.getFirst("pagina")), ignored);
	}

	private static int page(String raw) {
		String value = clean(raw);
		if (value.isEmpty()) {
			return 1;
		}
		if (!value.matches("-?\\d{1,9}")) {
			throw InvalidRequestException.of("catalogue.list.invalidPage", abbreviate(value));
		}
		return Math.max(1, Integer.parseInt(value));
	}

	private static MessageSourceResolvable message(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/** Removes control characters (PostgreSQL refuses NUL) and collapses white space. */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		return raw.replaceAll("[\\p{Cntrl}\\p{Cs}\\uFFFD]", " ").replaceAll("\\s+", " ").strip();
	}

	private static String abbreviate(String value) {
		return abbreviate(value, 60);
	}

	private static String abbreviate(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}

	private static List<FilterOption> codes(List<TaxonomyTerm> terms, String group) {
		return terms.stream().map(t -> new FilterOption(t.code(), t.code(), t.name(), group)).toList();
	}

}
