package it.anci.welfare.opendata;

import java.time.format.DateTimeFormatter;
import java.util.List;

import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.TemplateFile;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingKind;
import it.anci.welfare.news.NewsItem;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * schema.org descriptions (JSON-LD) of the pages that describe one thing. A practice card
 * is a {@code GovernmentService}: it documents a service a public body ran for its
 * citizens (who provides it, where, for whom), which is what search engines and reusers
 * look for; {@code CreativeWork} would only describe the page. Written by Jackson with
 * {@code <}, {@code >} and {@code &} escaped, so no text of a card can close the
 * {@code <script>} element that holds it.
 */
@Component
public class SchemaOrg {

	public static final String PUBLISHER = "ANCI Umbria";

	public static final String PUBLISHER_URL = "https://www.anci.umbria.it";

	public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

	private final JsonMapper json = JsonMapper.builder(JsonFactory.builder().characterEscapes(new ScriptSafe()).build())
		.build();

	public String practice(PracticeDetails practice, String url) {
		ObjectNode node = thing("GovernmentService", practice.title(), url);
		node.put("description", practice.card().service().description());
		node.put("serviceType", practice.terms().kind().name());
		ObjectNode provider = node.putObject("provider");
		provider.put("@type", "GovernmentOrganization");
		provider.put("name", practice.card().provider().name());
		ObjectNode area = node.putObject("areaServed");
		area.put("@type", "City");
		area.put("name", practice.comune().name());
		ObjectNode region = area.putObject("containedInPlace");
		region.put("@type", "AdministrativeArea");
		region.put("name", practice.comune().region().shortName());
		ArrayNode audience = node.putArray("audience");
		practice.terms()
			.targetGroups()
			.forEach(t -> audience.addObject().put("@type", "Audience").put("audienceType", t.name()));
		names(node.putArray("category"), practice.terms().serviceAreas());
		return write(node);
	}

	public String newsArticle(NewsItem item, String url) {
		ObjectNode node = thing("NewsArticle", item.title(), url);
		node.put("headline", item.title());
		node.put("description", item.summary());
		node.put("datePublished",
				item.publishedAt().atZone(TimeConfiguration.ROME).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		node.put("dateModified",
				item.updatedAt().atZone(TimeConfiguration.ROME).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		node.set("author", publisher());
		node.set("publisher", publisher());
		node.put("mainEntityOfPage", url);
		return write(node);
	}

	public String event(Meeting meeting, String url) {
		ObjectNode node = thing("Event", meeting.title(), url);
		node.put("startDate", meeting.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		node.put("endDate", meeting.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		node.put("eventStatus", "https://schema.org/" + (meeting.cancelled() ? "EventCancelled" : "EventScheduled"));
		node.put("eventAttendanceMode", "https://schema.org/" + switch (meeting.kind()) {
			case IN_PRESENZA -> "OfflineEventAttendanceMode";
			case ONLINE -> "OnlineEventAttendanceMode";
			case IBRIDA -> "MixedEventAttendanceMode";
		});
		ArrayNode locations = node.putArray("location");
		if (meeting.kind() != MeetingKind.ONLINE && !meeting.location().isEmpty()) {
			ObjectNode place = locations.addObject();
			place.put("@type", "Place");
			place.put("name",
					meeting.venue() == null || meeting.venue().isBlank() ? meeting.location() : meeting.venue());
			ObjectNode address = place.putObject("address");
			address.put("@type", "PostalAddress");
			putIfPresent(address, "streetAddress", meeting.address());
			putIfPresent(address, "addressLocality", meeting.city());
			address.put("addressCountry", "IT");
		}
		if (meeting.kind() != MeetingKind.IN_PRESENZA) {
			ObjectNode online = locations.addObject();
			online.put("@type", "VirtualLocation");
			online.put("url", meeting.onlineUrl() == null || meeting.onlineUrl().isBlank() ? url : meeting.onlineUrl());
		}
		ObjectNode organizer = node.putObject("organizer");
		organizer.put("@type", "Organization");
		organizer.put("name", meeting.bodyName() == null || meeting.bodyName().contains(PUBLISHER) ? PUBLISHER
				: meeting.bodyName() + " – " + PUBLISHER);
		if (locations.size() == 1) { // one place is an object, as most readers of
										// schema.org expect
			node.set("location", locations.get(0));
		}
		return write(node);
	}

	public String digitalDocument(DocumentTemplate template, List<TemplateFile> files, String url, String baseUrl) {
		ObjectNode node = thing("DigitalDocument", template.title(), url);
		node.put("description", template.description());
		node.put("genre", template.categoryName());
		node.put("license", LICENCE);
		node.set("publisher", publisher());
		ArrayNode media = node.putArray("encoding");
		files.forEach(f -> media.addObject()
			.put("@type", "MediaObject")
			.put("encodingFormat", f.format().mediaType())
			.put("contentUrl", baseUrl + "/modelli/" + template.slug() + "/file." + f.format().extension())
			.put("contentSize", f.file().size() + " B"));
		return write(node);
	}

	private ObjectNode thing(String type, String name, String url) {
		ObjectNode node = this.json.createObjectNode();
		node.put("@context", "https://schema.org");
		node.put("@type", type);
		node.put("name", name);
		node.put("url", url);
		node.put("inLanguage", "it");
		return node;
	}

	private ObjectNode publisher() {
		ObjectNode node = this.json.createObjectNode();
		node.put("@type", "Organization");
		node.put("name", PUBLISHER);
		node.put("url", PUBLISHER_URL);
		return node;
	}

	private static void names(ArrayNode array, List<TaxonomyTerm> terms) {
		terms.forEach(t -> array.add(t.name()));
	}

	private static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value);
		}
	}

	private String write(ObjectNode node) {
		return this.json.writeValueAsString(node);
	}

	/**
	 * {@code <}, {@code >} and {@code &} as {@code \u003C} etc.: valid JSON that HTML
	 * never reads as markup.
	 */
	static final class ScriptSafe extends CharacterEscapes {

		private final int[] escapes = standardAsciiEscapesForJSON();

		ScriptSafe() {
			this.escapes['<'] = ESCAPE_STANDARD;
			this.escapes['>'] = ESCAPE_STANDARD;
			this.escapes['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
