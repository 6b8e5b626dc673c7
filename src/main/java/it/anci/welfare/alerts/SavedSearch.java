package it.anci.welfare.alerts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueQuery;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A followed search as it is stored: the text and the chosen filter values as a query
 * string, without order and page (a digest lists changes, whatever order the page used).
 * Read back through the catalogue's own parsing, so a filter value removed from the
 * taxonomy since is simply dropped.
 */
public record SavedSearch(String parameters) {

	public static SavedSearch of(CatalogueQuery query) {
		List<String> pairs = new ArrayList<>();
		fields(query).forEach(field -> pairs.add(encode(field.getKey()) + "=" + encode(field.getValue())));
		return new SavedSearch(String.join("&", pairs));
	}

	/**
	 * The search's parameters as hidden fields of a form: the text first, then each
	 * chosen value.
	 */
	public static List<Map.Entry<String, String>> fields(CatalogueQuery query) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		if (query.hasText()) {
			fields.add(Map.entry("q", query.text()));
		}
		query.selected()
			.forEach((filter, options) -> options
				.forEach(option -> fields.add(Map.entry(filter.parameter(), option.value()))));
		return fields;
	}

	public MultiValueMap<String, String> asMap() {
		MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
		for (String pair : this.parameters.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				map.add(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
			}
		}
		return map;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
