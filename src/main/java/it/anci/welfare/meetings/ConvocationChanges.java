package it.anci.welfare.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an update of a convocation already sent tells the invited: the date and time, the
 * place, the mode and the link as they are now and as they were; nothing else counts.
 */
final class ConvocationChanges {

	private ConvocationChanges() {
	}

	/** What changed of the date, time and place, in the words of the update message. */
	static List<String> changes(MeetingEditor.Draft before, MeetingEditor.Draft after) {
		List<String> changes = new ArrayList<>();
		if (before == null) {
			return changes;
		}
		if (!before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())) {
			changes.add("Data e ora: ora " + when(after) + " (prima " + when(before) + ")");
		}
		String place = place(after);
		String oldPlace = place(before);
		if (!place.equals(oldPlace)) {
			changes.add("Luogo: ora " + (place.isEmpty() ? "non indicato" : place) + " (prima "
					+ (oldPlace.isEmpty() ? "non indicato" : oldPlace) + ")");
		}
		if (before.kind() != after.kind() || !Objects.equals(blank(before.onlineUrl()), blank(after.onlineUrl()))) {
			changes.add("Modalità: " + after.kind().label()
					+ (blank(after.onlineUrl()) == null ? "" : ", collegamento " + after.onlineUrl().strip()));
		}
		return changes;
	}

	private static String when(MeetingEditor.Draft draft) {
		return ConvocationMail.WHEN.format(draft.startsAt().atZone(it.anci.welfare.common.TimeConfiguration.ROME)) + "–"
				+ java.time.format.DateTimeFormatter.ofPattern("HH:mm")
					.format(draft.endsAt().atZone(it.anci.welfare.common.TimeConfiguration.ROME));
	}

	private static String place(MeetingEditor.Draft draft) {
		return String.join(", ",
				java.util.stream.Stream.of(draft.venue(), draft.address(), draft.city())
					.map(ConvocationChanges::blank)
					.filter(Objects::nonNull)
					.toList());
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
