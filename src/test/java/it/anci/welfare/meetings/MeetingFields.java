package it.anci.welfare.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of the meeting form as staff send them, for a published meeting of three
 * hours in Perugia.
 */
final class MeetingFields {

	private MeetingFields() {
	}

	static Map<String, String> of(String title, String body, String start, String venue, String minutes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("title", title);
		fields.put("bodyName", body);
		fields.put("kind", "IN_PRESENZA");
		fields.put("startsAt", start);
		fields.put("endsAt", start.replace("T10:", "T13:").replace("T15:", "T18:"));
		fields.put("venue", venue);
		fields.put("address", "Piazza Italia 11");
		fields.put("city", "Perugia");
		fields.put("agenda", "Bilancio sociale 2099\nVarie ed eventuali");
		fields.put("minutes", minutes);
		fields.put("published", "true");
		return fields;
	}

}
