package it.anci.welfare.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.catalogue.ComuneOverview;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.RegionOverview;
import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.TemplateFile;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.opendata.PageMetadata;
import it.anci.welfare.opendata.SchemaOrg;
import it.anci.welfare.statistics.StatisticsService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The description, canonical address and JSON-LD of each kind of public page, from the
 * model its controller filled.
 */
@Component
class PageDescriber {

	static final String SITE = "Portale Welfare dei Comuni";

	private static final int DESCRIPTION_LENGTH = 160;

	/**
	 * Pages whose text never changes: the keys of their title and description in
	 * i18n/opendata.
	 */
	private static final Map<String, String> FIXED = Map.of("web/home", "home", "catalogue/collection", "collection",
			"doctemplates/list", "templates", "web/accessibility", "accessibility", "web/privacy", "privacy",
			"web/legal", "legal", "opendata/index", "opendata", "accounts/login", "login");

	private final SchemaOrg schema;

	private final MessageSource messages;

	PageDescriber(SchemaOrg schema, MessageSource messages) {
		this.schema = schema;
		this.messages = messages;
	}

	/**
	 * In the interface's language, the request's: titles and descriptions, not content.
	 */
	PageMetadata describe(String view, Map<String, Object> model, String base, String path) {
		Texts t = new Texts(this.messages, LocaleContextHolder.getLocale());
		PageMetadata meta = describe(t, view, model, base, path);
		return t.italian() ? meta
				: meta.withCanonicalUrl(UriComponentsBuilder.fromUriString(meta.canonicalUrl())
					.replaceQueryParam("lang", t.locale().getLanguage())
					.build()
					.toUriString());
	}

	private PageMetadata describe(Texts t, String view, Map<String, Object> model, String base, String path) {
		String fixed = FIXED.get(view);
		if (fixed != null) {
			return PageMetadata.of(fixed.equals("home") ? t.get("layout.portal") : t.get("opendata.meta." + fixed),
					t.get("opendata.meta." + fixed + ".description"), base + path);
		}
		return switch (view) {
			case "catalogue/list" -> catalogue(t, (CataloguePage) model.get("page"), base);
			case "catalogue/show" -> practice((PracticeDetails) model.get("practice"), base + path);
			case "catalogue/comune" -> comune(t, (ComuneOverview) model.get("overview"), base + path);
			case "catalogue/region" -> region(t, (RegionOverview) model.get("overview"), base + path);
			case "statistics/index" -> statistics(t, (StatisticsService.Statistics) model.get("stats"), base);
			case "news/list" -> news(t, (NewsService.NewsPage) model.get("page"), base);
			case "news/show" -> newsItem((NewsItem) model.get("item"), base + path);
			case "meetings/list" -> meetings(t, (MeetingService.MeetingList) model.get("list"), base, path);
			case "meetings/show" -> meeting(t, (Meeting) model.get("meeting"), base + path);
			case "doctemplates/category" -> category(t, model.get("templates"), base + path);
			case "doctemplates/show" ->
				template((DocumentTemplate) model.get("template"), model.get("files"), base, path);
			case "doctemplates/compile" -> compile(t, (DocumentTemplate) model.get("template"), base + path);
			case "catalogue/compare" -> compare(t, model.get("practices"), base, path);
			default -> PageMetadata.of(t.get("layout.portal"), t.get("opendata.meta.home.description"), base + path);
		};
	}

	/** The portal's words in one language. */
	private record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

		boolean italian() {
			return this.locale.getLanguage().equals(Locale.ITALIAN.getLanguage());
		}

		String option(FilterOption option) {
			return option.content() ? option.label() : get(option.messageKey());
		}

		String title(CatalogueQuery query, String noun) {
			return CatalogueTitles.describe(query, noun, this::option, page -> get("opendata.meta.page", n(page)));
		}

		String suffixed(String title) {
			return get("opendata.meta.suffix", title);
		}

	}

	private PageMetadata catalogue(Texts t, CataloguePage page, String base) {
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

	private static PageMetadata statistics(Texts t, StatisticsService.Statistics stats, String base) {
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

	private PageMetadata practice(PracticeDetails practice, String url) {
		return PageMetadata.of(practice.title(),
				abbreviate(practice.card().provider().name() + " – " + practice.card().service().description()), url)
			.withJsonLd("website", this.schema.practice(practice, url));
	}

	private static PageMetadata comune(Texts t, ComuneOverview overview, String url) {
		int count = overview.practices().size();
		return PageMetadata.of(t.get("catalogue.place.comune", overview.comune().name()),
				t.get("opendata.meta.comune.description", overview.comune().name(),
						overview.comune().province().carPlate(), count, n(count)),
				url);
	}

	private static PageMetadata region(Texts t, RegionOverview overview, String url) {
		String name = overview.region().shortName();
		return PageMetadata.of(t.get("opendata.meta.region", name),
				t.get("opendata.meta.region.description", name, overview.total(), n(overview.total())), url);
	}

	private static PageMetadata news(Texts t, NewsService.NewsPage page, String base) {
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

	private PageMetadata newsItem(NewsItem item, String url) {
		return PageMetadata.of(item.title(), abbreviate(item.summary()), url)
			.withJsonLd("article", this.schema.newsArticle(item, url));
	}

	private static PageMetadata meetings(Texts t, MeetingService.MeetingList list, String base, String path) {
		List<String> parts = new ArrayList<>();
		if (list.body() != null) {
			parts.add(list.body());
		}
		if (list.year() != null) {
			parts.add(String.valueOf(list.year()));
		}
		String title = t.get("opendata.meta.meetings") + (parts.isEmpty() ? "" : " – " + String.join(", ", parts));
		String canonical = UriComponentsBuilder.fromUriString(base + path)
			.queryParamIfPresent("anno", java.util.Optional.ofNullable(list.year()))
			.queryParamIfPresent("organo", java.util.Optional.ofNullable(list.body()))
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

	private PageMetadata meeting(Texts t, Meeting meeting, String url) {
		String when = meeting.start()
			.format(java.time.format.DateTimeFormatter.ofPattern(t.get("common.date.dayTime"), t.locale()));
		return PageMetadata
			.of(meeting.title(),
					abbreviate(meeting.title() + ": " + when
							+ (meeting.location().isEmpty() ? "" : ", " + meeting.location()) + "."),
					url)
			.withJsonLd("website", this.schema.event(meeting, url));
	}

	private static PageMetadata category(Texts t, Object templates, String url) {
		List<?> list = (List<?>) templates;
		DocumentTemplate first = (DocumentTemplate) list.get(0);
		return PageMetadata.of(t.get("opendata.meta.category", first.categoryName()),
				abbreviate(t.get("opendata.meta.category.description", first.categoryName(), n(list.size()))), url);
	}

	@SuppressWarnings("unchecked")
	private PageMetadata template(DocumentTemplate template, Object files, String base, String path) {
		String url = base + "/modelli/" + template.slug();
		List<TemplateFile> downloads = files == null ? List.of() : (List<TemplateFile>) files;
		return PageMetadata.of(template.title(), abbreviate(template.description()), base + path)
			.withJsonLd("website", this.schema.digitalDocument(template, downloads, url, base));
	}

	private static PageMetadata compile(Texts t, DocumentTemplate template, String url) {
		return PageMetadata.of(t.get("opendata.meta.compile", template.title()),
				abbreviate(t.get("opendata.meta.compile.description", template.title())), url);
	}

	/** The compared cards are the page: its address keeps them, in their order. */
	private static PageMetadata compare(Texts t, Object practices, String base, String path) {
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

	/** A count as the descriptions write it, without grouping: "1200". */
	private static String n(long number) {
		return String.valueOf(number);
	}

	/**
	 * At most {@value #DESCRIPTION_LENGTH} characters, cut at a word, as search engines
	 * show them.
	 */
	static String abbreviate(String text) {
		String plain = text.replaceAll("\\s+", " ").strip();
		if (plain.length() <= DESCRIPTION_LENGTH) {
			return plain;
		}
		String cut = plain.substring(0, DESCRIPTION_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		return (space > 80 ? cut.substring(0, space) : cut).replaceAll("[,;:.]$", "") + "…";
	}

}
