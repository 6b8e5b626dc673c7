package it.anci.welfare.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueTitles;
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

import org.springframework.stereotype.Component;

/**
 * The description, canonical address and JSON-LD of each kind of public page, from the
 * model its controller filled.
 */
@Component
class PageDescriber {

	static final String SITE = "Portale Welfare dei Comuni";

	private static final String SUFFIX = " – " + SITE;

	private static final int DESCRIPTION_LENGTH = 160;

	/** Pages whose text never changes: their description is written once here. */
	private static final Map<String, String[]> FIXED = Map.of("web/home", new String[] { SITE,
			"Il catalogo delle pratiche di welfare attivate dai Comuni italiani nel 2020, con notizie, convocazioni e modelli di documenti di ANCI Umbria." },
			"catalogue/collection",
			new String[] { "Come è fatta la raccolta delle pratiche",
					"Che cosa raccoglie il catalogo, come sono scritte le schede delle pratiche e come un Comune può segnalare la propria." },
			"doctemplates/list",
			new String[] { "Modelli di documenti",
					"Fac-simile di atti, moduli e avvisi per i Comuni, da scaricare in DOCX, ODT e PDF e adattare al proprio ente." },
			"web/accessibility",
			new String[] { "Dichiarazione di accessibilità",
					"Lo stato di conformità del portale ai requisiti di accessibilità (WCAG 2.1 AA) e come segnalare un problema." },
			"web/privacy",
			new String[] { "Informativa sulla privacy",
					"Quali dati personali tratta il portale, per quali finalità e come esercitare i propri diritti." },
			"web/legal",
			new String[] { "Note legali",
					"Condizioni d'uso dei contenuti del portale, licenze dei dati e attribuzioni delle fonti." },
			"opendata/index",
			new String[] { "Dati aperti",
					"I dataset del portale (pratiche, modelli, riunioni) in CSV, JSON, XLSX e iCalendar, con il catalogo DCAT-AP_IT e i campi spiegati." },
			"accounts/login", new String[] { "Accesso riservato alla redazione",
					"Accesso all'area riservata della redazione del portale." });

	private final SchemaOrg schema;

	PageDescriber(SchemaOrg schema) {
		this.schema = schema;
	}

	PageMetadata describe(String view, Map<String, Object> model, String base, String path) {
		String[] fixed = FIXED.get(view);
		if (fixed != null) {
			return PageMetadata.of(fixed[0], fixed[1], base + path);
		}
		return switch (view) {
			case "catalogue/list" -> catalogue((CataloguePage) model.get("page"), base);
			case "catalogue/show" -> practice((PracticeDetails) model.get("practice"), base + path);
			case "catalogue/comune" -> comune((ComuneOverview) model.get("overview"), base + path);
			case "catalogue/region" -> region((RegionOverview) model.get("overview"), base + path);
			case "statistics/index" -> statistics((StatisticsService.Statistics) model.get("stats"), base);
			case "news/list" -> news((NewsService.NewsPage) model.get("page"), base);
			case "news/show" -> newsItem((NewsItem) model.get("item"), base + path);
			case "meetings/list" -> meetings((MeetingService.MeetingList) model.get("list"), base, path);
			case "meetings/show" -> meeting((Meeting) model.get("meeting"), base + path);
			case "doctemplates/category" -> category(model.get("templates"), base + path);
			case "doctemplates/show" ->
				template((DocumentTemplate) model.get("template"), model.get("files"), base, path);
			case "doctemplates/compile" -> compile((DocumentTemplate) model.get("template"), base + path);
			case "catalogue/compare" -> compare(model.get("practices"), base, path);
			default -> PageMetadata.of(SITE, FIXED.get("web/home")[1], base + path);
		};
	}

	private PageMetadata catalogue(CataloguePage page, String base) {
		CatalogueQuery query = page.query();
		String criteria = CatalogueTitles.criteria(query);
		String title = CatalogueTitles.describe(query, "Pratiche");
		String description = page.total() + (page.total() == 1 ? " pratica" : " pratiche") + " di welfare dei Comuni"
				+ (criteria.isEmpty() ? "" : " per: " + criteria)
				+ ". Filtri con i conteggi, mappa, esportazione CSV, JSON ed Excel.";
		return PageMetadata.of(title, abbreviate(description), base + query.url())
			.withTitle(title + SUFFIX)
			.withAlternate(new PageMetadata.Alternate("application/atom+xml",
					"Nuove pratiche per questa ricerca (Atom)", base + query.onPage(1).exportUrl("atom")));
	}

	private static PageMetadata statistics(StatisticsService.Statistics stats, String base) {
		CatalogueQuery query = stats.query();
		String title = CatalogueTitles.describe(query, "Statistiche");
		String search = query.url();
		String criteria = CatalogueTitles.criteria(query);
		return PageMetadata
			.of(title,
					"Quante pratiche per regione, tipologia, area, utenza, intervento e mese di avvio"
							+ (criteria.isEmpty() ? "" : " (" + criteria + ")") + ": " + stats.total()
							+ " pratiche, grafici con tabelle e CSV.",
					base + "/statistiche" + search.substring("/pratiche".length()))
			.withTitle(title + SUFFIX);
	}

	private PageMetadata practice(PracticeDetails practice, String url) {
		return PageMetadata.of(practice.title(),
				abbreviate(practice.card().provider().name() + " – " + practice.card().service().description()), url)
			.withJsonLd("website", this.schema.practice(practice, url));
	}

	private static PageMetadata comune(ComuneOverview overview, String url) {
		int count = overview.practices().size();
		return PageMetadata.of("Comune di " + overview.comune().name(),
				"Le pratiche di welfare del Comune di " + overview.comune().name() + " ("
						+ overview.comune().province().carPlate() + ") nel catalogo: " + count
						+ (count == 1 ? " scheda." : " schede."),
				url);
	}

	private static PageMetadata region(RegionOverview overview, String url) {
		String name = overview.region().shortName();
		return PageMetadata.of(name + " – Pratiche", "Le pratiche di welfare dei Comuni della regione " + name + ": "
				+ overview.total() + (overview.total() == 1 ? " scheda" : " schede") + ", per tipologia e provincia.",
				url);
	}

	private static PageMetadata news(NewsService.NewsPage page, String base) {
		NewsService.NewsQuery query = page.query();
		List<String> parts = new ArrayList<>();
		if (query.type() != null) {
			parts.add(query.type().label());
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
		String title = "Notizie" + (parts.isEmpty() ? "" : " – " + String.join(", ", parts))
				+ (query.page() > 1 ? " – pagina " + query.page() : "");
		return PageMetadata
			.of(title,
					"Notizie, comunicati e avvisi di ANCI Umbria sul welfare dei Comuni"
							+ (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + ": " + page.total()
							+ " in tutto.",
					base + query.url(query.page()))
			.withTitle(title + SUFFIX);
	}

	private PageMetadata newsItem(NewsItem item, String url) {
		return PageMetadata.of(item.title(), abbreviate(item.summary()), url)
			.withJsonLd("article", this.schema.newsArticle(item, url));
	}

	private static PageMetadata meetings(MeetingService.MeetingList list, String base, String path) {
		List<String> parts = new ArrayList<>();
		if (list.body() != null) {
			parts.add(list.body());
		}
		if (list.year() != null) {
			parts.add(String.valueOf(list.year()));
		}
		String title = "Riunioni" + (parts.isEmpty() ? "" : " – " + String.join(", ", parts));
		String canonical = org.springframework.web.util.UriComponentsBuilder.fromUriString(base + path)
			.queryParamIfPresent("anno", java.util.Optional.ofNullable(list.year()))
			.queryParamIfPresent("organo", java.util.Optional.ofNullable(list.body()))
			.encode()
			.toUriString();
		return PageMetadata
			.of(title, "Convocazioni degli organi e dei gruppi di lavoro di ANCI Umbria sul welfare"
					+ (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + ": " + list.upcoming().size()
					+ " in programma, " + list.past().size() + " in archivio. Calendario da sottoscrivere.", canonical)
			.withTitle(title + SUFFIX);
	}

	private PageMetadata meeting(Meeting meeting, String url) {
		String when = meeting.start()
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ITALIAN));
		return PageMetadata
			.of(meeting.title(),
					abbreviate(meeting.title() + ": " + when
							+ (meeting.location().isEmpty() ? "" : ", " + meeting.location()) + "."),
					url)
			.withJsonLd("website", this.schema.event(meeting, url));
	}

	private static PageMetadata category(Object templates, String url) {
		List<?> list = (List<?>) templates;
		DocumentTemplate first = (DocumentTemplate) list.get(0);
		return PageMetadata.of(
				first.categoryName() + " – Modelli", abbreviate("Modelli di documenti della categoria «"
						+ first.categoryName() + "»: " + list.size() + " fac-simile da scaricare in DOCX, ODT e PDF."),
				url);
	}

	@SuppressWarnings("unchecked")
	private PageMetadata template(DocumentTemplate template, Object files, String base, String path) {
		String url = base + "/modelli/" + template.slug();
		List<TemplateFile> downloads = files == null ? List.of() : (List<TemplateFile>) files;
		return PageMetadata.of(template.title(), abbreviate(template.description()), base + path)
			.withJsonLd("website", this.schema.digitalDocument(template, downloads, url, base));
	}

	private static PageMetadata compile(DocumentTemplate template, String url) {
		return PageMetadata.of("Compila: " + template.title(), abbreviate(
				"Il modello «" + template.title() + "» con i dati del suo Comune già inseriti, in DOCX, ODT e PDF."),
				url);
	}

	/** The compared cards are the page: its address keeps them, in their order. */
	private static PageMetadata compare(Object practices, String base, String path) {
		List<?> compared = (List<?>) practices;
		StringBuilder url = new StringBuilder(base + path);
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < compared.size(); i++) {
			PracticeDetails practice = (PracticeDetails) compared.get(i);
			url.append(i == 0 ? "?id=" : "&id=").append(practice.slug());
			titles.add(practice.title());
		}
		return PageMetadata.of("Confronto tra pratiche",
				abbreviate(
						"Confronto fianco a fianco di " + compared.size() + " pratiche: " + String.join("; ", titles)),
				url.toString());
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
