package it.anci.welfare.territory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of the ISTAT territory. Regions and provinces never change at run time, so
 * they are read once and kept in memory; comuni are looked up by code.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryService {

	private final JdbcClient jdbc;

	private volatile List<Region> regions;

	private volatile List<Province> provinces;

	TerritoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private volatile java.util.Set<String> placeNames;

	/**
	 * The names of every comune, province and region, and each part of a bilingual one
	 * ("Bolzano/Bozen"), in lower case without accents: to tell place names from other
	 * words in a search.
	 */
	public java.util.Set<String> placeNames() {
		if (this.placeNames == null) {
			this.placeNames = java.util.Set.copyOf(this.jdbc
				.sql("""
						select distinct f_unaccent(lower(unnest(string_to_array(name, '/'))))
						from (select name from comune union select name from province union select name from region) names""")
				.query(String.class)
				.list());
		}
		return this.placeNames;
	}

	/** All regions in ISTAT order. */
	public List<Region> regions() {
		if (this.regions == null) {
			this.regions = this.jdbc.sql("select code, name, slug, geo_area, map_id from region order by code")
				.query(Region.class)
				.list();
		}
		return this.regions;
	}

	/** All provinces ordered by name. */
	public List<Province> provinces() {
		if (this.provinces == null) {
			this.provinces = this.jdbc
				.sql("select code, name, slug, car_plate, region_code from province order by name")
				.query(Province.class)
				.list();
		}
		return this.provinces;
	}

	public Map<String, Region> regionsByCode() {
		return regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
	}

	public Map<String, Province> provincesByCode() {
		return provinces().stream().collect(Collectors.toMap(Province::code, Function.identity()));
	}

	public Optional<Region> regionBySlug(String slug) {
		return regions().stream().filter(r -> r.slug().equals(slug)).findFirst();
	}

	public List<Province> provincesOf(Region region) {
		return provinces().stream().filter(p -> p.regionCode().equals(region.code())).toList();
	}

	public Optional<Comune> comune(String istatCode) {
		if (istatCode == null || !istatCode.matches("\\d{6}")) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select istat_code, name, population, capoluogo, province_code from comune where istat_code = ?")
			.param(istatCode)
			.query((rs, n) -> toComune(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getString(5)))
			.optional();
	}

	/** The comuni of these codes, by code, in one statement. */
	public Map<String, Comune> comuni(java.util.Collection<String> istatCodes) {
		return this.jdbc
			.sql("select istat_code, name, population, capoluogo, province_code from comune where istat_code = any(?)")
			.param(istatCodes.toArray(String[]::new))
			.query((rs, n) -> toComune(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getString(5)))
			.list()
			.stream()
			.collect(Collectors.toMap(Comune::istatCode, Function.identity()));
	}

	/**
	 * Typed as its name and, when two comuni share it, the province's plate: "Castro
	 * (LE)".
	 */
	private static final Pattern NAME_AND_PROVINCE = Pattern.compile("(.+?)\\s*\\(\\s*([A-Za-z]{2})\\s*\\)");

	/**
	 * A comune as a person types it: its ISTAT code, its name, or its name with the
	 * province's plate.
	 */
	public ComuneLookup resolveComune(String typed) {
		String value = typed == null ? "" : typed.strip();
		if (value.matches("\\d{6}")) {
			return comune(value).<ComuneLookup>map(ComuneLookup.Found::new).orElseGet(ComuneLookup.NotFound::new);
		}
		Matcher withProvince = NAME_AND_PROVINCE.matcher(value);
		if (withProvince.matches()) {
			String plate = withProvince.group(2).toUpperCase(Locale.ROOT);
			return named(withProvince.group(1)).stream()
				.filter(c -> c.province().carPlate().equals(plate))
				.findFirst()
				.<ComuneLookup>map(ComuneLookup.Found::new)
				.orElseGet(ComuneLookup.NotFound::new);
		}
		List<Comune> named = named(value);
		return switch (named.size()) {
			case 0 -> new ComuneLookup.NotFound();
			case 1 -> new ComuneLookup.Found(named.get(0));
			default -> new ComuneLookup.Homonyms(named);
		};
	}

	/**
	 * Many comuni typed at once (the rows of an import), by the rules of
	 * {@link #resolveComune}: a code, a name, or a name with its province's plate. Two
	 * statements whatever their number; each typed value maps to its lookup.
	 */
	public Map<String, ComuneLookup> resolveComuni(java.util.Collection<String> typed) {
		Map<String, String> nameOf = new java.util.HashMap<>();
		java.util.Set<String> codes = new java.util.HashSet<>();
		for (String value : typed) {
			String stripped = value == null ? "" : value.strip();
			Matcher withProvince = NAME_AND_PROVINCE.matcher(stripped);
			if (stripped.matches("\\d{6}")) {
				codes.add(stripped);
			}
			else {
				nameOf.put(stripped, withProvince.matches() ? withProvince.group(1).strip() : stripped);
			}
		}
		Map<String, Comune> byCode = codes.isEmpty() ? Map.of() : comuni(codes);
		Map<String, List<Comune>> byName = this.jdbc
			.sql("select istat_code, name, population, capoluogo, province_code from comune where lower(name) = any(?)")
			.param(nameOf.values().stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new))
			.query((rs, n) -> toComune(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getString(5)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(c -> c.name().toLowerCase(Locale.ROOT)));
		Map<String, ComuneLookup> lookups = new java.util.HashMap<>();
		for (String value : typed) {
			String stripped = value == null ? "" : value.strip();
			if (stripped.matches("\\d{6}")) {
				Comune comune = byCode.get(stripped);
				lookups.put(value, comune == null ? new ComuneLookup.NotFound() : new ComuneLookup.Found(comune));
				continue;
			}
			String name = nameOf.get(stripped);
			List<Comune> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())
				.stream()
				.filter(c -> c.name().equalsIgnoreCase(name))
				.sorted(java.util.Comparator.comparingInt(Comune::population).reversed())
				.toList();
			Matcher withProvince = NAME_AND_PROVINCE.matcher(stripped);
			if (withProvince.matches()) {
				String plate = withProvince.group(2).toUpperCase(Locale.ROOT);
				lookups.put(value,
						named.stream()
							.filter(c -> c.province().carPlate().equals(plate))
							.findFirst()
							.<ComuneLookup>map(ComuneLookup.Found::new)
							.orElseGet(ComuneLookup.NotFound::new));
			}
			else {
				lookups.put(value, switch (named.size()) {
					case 0 -> new ComuneLookup.NotFound();
					case 1 -> new ComuneLookup.Found(named.get(0));
					default -> new ComuneLookup.Homonyms(named);
				});
			}
		}
		return lookups;
	}

	/** The comuni with exactly this name (letter case aside). */
	private List<Comune> named(String name) {
		String value = name.strip();
		return searchComuni(value, 10).stream().filter(c -> c.name().equalsIgnoreCase(value)).toList();
	}

	/**
	 * Comuni whose name starts with or resembles {@code term}, accent-insensitive, best
	 * matches first.
	 */
	public List<Comune> searchComuni(String term, int limit) {
		String cleaned = term == null ? "" : term.strip();
		if (cleaned.length() < 2) {
			return List.of();
		}
		return this.jdbc.sql("""
				select istat_code, name, population, capoluogo, province_code from comune
				where f_unaccent(lower(name)) like f_unaccent(lower(:prefix)) || '%'
				   or f_unaccent(lower(name)) % f_unaccent(lower(:term))
				order by (f_unaccent(lower(name)) like f_unaccent(lower(:prefix)) || '%') desc,
				         similarity(f_unaccent(lower(name)), f_unaccent(lower(:term))) desc, population desc
				limit :limit""")
			.param("prefix", cleaned.replace("\\", "").replace("%", "").replace("_", ""))
			.param("term", cleaned)
			.param("limit", limit)
			.query((rs, n) -> toComune(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getString(5)))
			.list();
	}

	private Comune toComune(String code, String name, int population, boolean capoluogo, String provinceCode) {
		Province province = provincesByCode().get(provinceCode);
		return new Comune(code, name, population, capoluogo, province, regionsByCode().get(province.regionCode()));
	}

}
