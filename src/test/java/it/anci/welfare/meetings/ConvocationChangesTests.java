package it.anci.welfare.meetings;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an update message says changed: date and time, place, mode and link; nothing else
 * counts.
 */
class ConvocationChangesTests {

	static final Instant START = Instant.parse("2099-03-10T09:00:00Z");

	@Test
	void theDateThePlaceAndTheModeAreReportedInItalian() {
		MeetingEditor.Draft before = draft(START, "Sala Brugnoli", MeetingKind.IN_PRESENZA, null, "Testo");
		assertThat(ConvocationChanges.changes(before,
				draft(START, " Sala Brugnoli ", MeetingKind.IN_PRESENZA, "", "Altro testo")))
			.isEmpty();
		assertThat(ConvocationChanges.changes(before,
				draft(START.plusSeconds(86400), null, MeetingKind.IBRIDA, "https://meet.example/consulta", "Testo")))
			.containsExactly(
					"Data e ora: ora mercoledì 11 marzo 2099, ore 10:00–13:00 (prima martedì 10 marzo 2099, ore 10:00–13:00)",
					"Luogo: ora Perugia (prima Sala Brugnoli, Perugia)",
					"Modalità: Ibrida (in presenza e online), collegamento https://meet.example/consulta");
		assertThat(ConvocationChanges.changes(null, before)).isEmpty();
	}

	private static MeetingEditor.Draft draft(Instant start, String venue, MeetingKind kind, String onlineUrl,
			String text) {
		return new MeetingEditor.Draft(1L, 0, "Consulta", "Consulta", kind, start, start.plusSeconds(3 * 3600), false,
				venue, null, "Perugia", onlineUrl, text, List.of(), List.of(), "", true);
	}

}
