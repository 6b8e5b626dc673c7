package it.anci.welfare.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.catalogue.ComuneOverview;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.RegionOverview;
import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.opendata.PageMetadata;
import it.anci.welfare.statistics.StatisticsService;

import org.springframework.web.util.UriComponentsBuilder;

import static it.anci.welfare.opendata.web.PageTexts.abbreviate;
import static it.anci.welfare.opendata.web.PageTexts.n;

/**
 * The pages that list things: their title and description say what was chosen (filters, a
 * place, a category) and how many were found; no JSON-LD.
 */
final class ListingPages {

	private ListingPages() {
	}

	static PageMetadata catalogue(PageTexts t, CataloguePage page, String base) {
		CatalogueQuery query = page.query();
		String criteria = CatalogueTitles.criteria(query, t::option);
		String title = t.title(query, t.get("opendata.meta.catalogue"));
		String description = criteria.isEmpty()
				? t.get("opendata.meta.catalogue.description", page.total(), n(page.total()))
				: t.get("opendata.meta.catalogue.descriptionFor", page.total(), n(page.total()), criteria);
		return PageMetadata.of(title, abbreviate(description), base + query.url())
			.withTitle(t.suffixed(title))
			.withAlternate(new PageMetadata.Alternate("application/atom+xml", t.get("opendata.meta.catalogue.feed"),
					base + query.onPage(1).exportUrl("atom")));
	}

	static PageMetadata statistics(PageTexts t, StatisticsService.Statistics stats, String base) {
		CatalogueQuery query = stats.query();
		String title = t.title(query, t.get("opendata.meta.statistics"));
		String search = query.url();
		String criteria = CatalogueTitles.criteria(query, t::option);
		return PageMetadata.of(title,
				criteria.isEmpty() ? t.get("opendata.meta.statistics.description", n(stats.total()))
						: t.get("opendata.meta.statistics.descriptionFor", n(stats.total()), criteria),
				base + "/statistiche" + search.substring("/pratiche".length()))
			.withTitle(t.suffixed(title));
	}

	static PageMetadata comune(PageTexts t, ComuneOverview overview, String url) {
		int count = overview.practices().size();
		return PageMetadata.of(t.get("catalogue.place.comune", overview.comune().name()),
				t.get("opendata.meta.comune.description", overview.comune().name(),
						overview.comune().province().carPlate(), count, n(count)),
				url);
	}

	static PageMetadata region(PageTexts t, RegionOverview overview, String url) {
		String name = overview.region().shortName();
		return PageMetadata.of(t.get("opendata.meta.region", name),
				t.get("opendata.meta.region.description", name, overview.total(), n(overview.total())), url);
	}

	static PageMetadata news(PageTexts t, NewsService.NewsPage page, String base) {
		NewsService.NewsQuery query = page.query();
		List<String> parts = new ArrayList<>();
		if (query.type() != null) {
			parts.add(t.get("web.home.newsType." + query.type().name()));
		}
		if (query.topic() != null) {
			parts.add(query.topic());
		}
		if (query.year() != null) {
			parts.add(String.valueOf(query.year()));
		}
		if (!query.text().isEmpty()) {
			parts.add("«" + query.text() + "»");
		}
		String title = t.get("opendata.meta.news") + (parts.isEmpty() ? "" : " – " + String.join(", ", parts))
				+ (query.page() > 1 ? t.get("opendata.meta.page", n(query.page())) : "");
		return PageMetadata.of(title,
				parts.isEmpty() ? t.get("opendata.meta.news.description", n(page.total()))
						: t.get("opendata.meta.news.descriptionFor", String.join(", ", parts), n(page.total())),
				base + query.url(query.page()))
			.withTitle(t.suffixed(title));
	}

	static PageMetadata meetings(PageTexts t, MeetingService.MeetingList list, String base, String path) {
		List<String> parts = new ArrayList<>();
		if (list.body() != null) {
			parts.add(list.body());
		}
		if (list.year() != null) {
			parts.add(String.valueOf(list.year()));
		}
		String title = t.get("opendata.meta.meetings") + (parts.isEmpty() ? "" : " – " + String.join(", ", parts));
		String canonical = UriComponentsBuilder.fromUriString(base + path)
			.queryParamIfPresent("anno", Optional.ofNullable(list.year()))
			.queryParamIfPresent("organo", Optional.ofNullable(list.body()))
			.encode()
			.toUriString();
		return PageMetadata.of(title,
				parts.isEmpty()
						? t.get("opendata.meta.meetings.description", n(list.upcoming().size()), n(list.past().size()))
						: t.get("opendata.meta.meetings.descriptionFor", String.join(", ", parts),
								n(list.upcoming().size()), n(list.past().size())),
				canonical)
			.withTitle(t.suffixed(title));
	}

	static PageMetadata category(PageTexts t, Object templates, String url) {
		List<?> list = (List<?>) templates;
		DocumentTemplate first = (DocumentTemplate) list.get(0);
		return PageMetadata.of(t.get("opendata.meta.category", first.categoryName()),
				abbreviate(t.get("opendata.meta.category.description", first.categoryName(), n(list.size()))), url);
	}

	/** The compared cards are the page: its address keeps them, in their order. */
	static PageMetadata compare(PageTexts t, Object practices, String base, String path) {
		List<?> compared = (List<?>) practices;
		StringBuilder url = new StringBuilder(base + path);
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < compared.size(); i++) {
			PracticeDetails practice = (PracticeDetails) compared.get(i);
			url.append(i == 0 ? "?id=" : "&id=").append(practice.slug());
			titles.add(practice.title());
		}
		return PageMetadata.of(t.get("opendata.meta.compare"),
				abbreviate(t.get("opendata.meta.compare.description", n(compared.size()), String.join("; ", titles))),
				url.toString());
	}

}
