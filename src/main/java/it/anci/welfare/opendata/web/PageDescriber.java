package it.anci.welfare.opendata.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.ComuneOverview;
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

import static it.anci.welfare.opendata.web.PageTexts.abbreviate;

/**
 * The description, canonical address and JSON-LD of each kind of public page, from the
 * model its controller filled. The pages of one card, item, meeting or template are
 * described here from their content; the lists by {@link ListingPages}.
 */
@Component
class PageDescriber {

	static final String SITE = "Portale Welfare dei Comuni";

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
		PageTexts t = new PageTexts(this.messages, LocaleContextHolder.getLocale());
		PageMetadata meta = describe(t, view, model, base, path);
		return t.italian() ? meta
				: meta.withCanonicalUrl(UriComponentsBuilder.fromUriString(meta.canonicalUrl())
					.replaceQueryParam("lang", t.locale().getLanguage())
					.build()
					.toUriString());
	}

	private PageMetadata describe(PageTexts t, String view, Map<String, Object> model, String base, String path) {
		String fixed = FIXED.get(view);
		if (fixed != null) {
			return PageMetadata.of(fixed.equals("home") ? t.get("layout.portal") : t.get("opendata.meta." + fixed),
					t.get("opendata.meta." + fixed + ".description"), base + path);
		}
		return switch (view) {
			case "catalogue/list" -> ListingPages.catalogue(t, (CataloguePage) model.get("page"), base);
			case "catalogue/show" -> practice((PracticeDetails) model.get("practice"), base + path);
			case "catalogue/comune" -> ListingPages.comune(t, (ComuneOverview) model.get("overview"), base + path);
			case "catalogue/region" -> ListingPages.region(t, (RegionOverview) model.get("overview"), base + path);
			case "statistics/index" ->
				ListingPages.statistics(t, (StatisticsService.Statistics) model.get("stats"), base);
			case "news/list" -> ListingPages.news(t, (NewsService.NewsPage) model.get("page"), base);
			case "news/show" -> newsItem((NewsItem) model.get("item"), base + path);
			case "meetings/list" ->
				ListingPages.meetings(t, (MeetingService.MeetingList) model.get("list"), base, path);
			case "meetings/show" -> meeting(t, (Meeting) model.get("meeting"), base + path);
			case "doctemplates/category" -> ListingPages.category(t, model.get("templates"), base + path);
			case "doctemplates/show" ->
				template((DocumentTemplate) model.get("template"), model.get("files"), base, path);
			case "doctemplates/compile" -> compile(t, (DocumentTemplate) model.get("template"), base + path);
			case "catalogue/compare" -> ListingPages.compare(t, model.get("practices"), base, path);
			default -> PageMetadata.of(t.get("layout.portal"), t.get("opendata.meta.home.description"), base + path);
		};
	}

	private PageMetadata practice(PracticeDetails practice, String url) {
		return PageMetadata.of(practice.title(),
				abbreviate(practice.card().provider().name() + " – " + practice.card().service().description()), url)
			.withJsonLd("website", this.schema.practice(practice, url));
	}

	private PageMetadata newsItem(NewsItem item, String url) {
		return PageMetadata.of(item.title(), abbreviate(item.summary()), url)
			.withJsonLd("article", this.schema.newsArticle(item, url));
	}

	private PageMetadata meeting(PageTexts t, Meeting meeting, String url) {
		String when = meeting.start().format(DateTimeFormatter.ofPattern(t.get("common.date.dayTime"), t.locale()));
		return PageMetadata
			.of(meeting.title(),
					abbreviate(meeting.title() + ": " + when
							+ (meeting.location().isEmpty() ? "" : ", " + meeting.location()) + "."),
					url)
			.withJsonLd("website", this.schema.event(meeting, url));
	}

	@SuppressWarnings("unchecked")
	private PageMetadata template(DocumentTemplate template, Object files, String base, String path) {
		String url = base + "/modelli/" + template.slug();
		List<TemplateFile> downloads = files == null ? List.of() : (List<TemplateFile>) files;
		return PageMetadata.of(template.title(), abbreviate(template.description()), base + path)
			.withJsonLd("website", this.schema.digitalDocument(template, downloads, url, base));
	}

	private static PageMetadata compile(PageTexts t, DocumentTemplate template, String url) {
		return PageMetadata.of(t.get("opendata.meta.compile", template.title()),
				abbreviate(t.get("opendata.meta.compile.description", template.title())), url);
	}

}
