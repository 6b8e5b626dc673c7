package it.anci.welfare.meetings.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingEditor;
import it.anci.welfare.meetings.MeetingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form (create and edit); agenda one item per line, working groups as rows of
 * name and note.
 */
record MeetingForm(Long id, Long version, String submissionToken,
		@NotBlank(message = "{meetings.form.title.required}") @Size(max = 250,
				message = "{meetings.form.title.size}") String title,
		@Size(max = 200, message = "{meetings.form.bodyName.size}") String bodyName,
		@NotNull(message = "{meetings.form.kind.required}") MeetingKind kind,
		@NotNull(message = "{meetings.form.startsAt.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull(message = "{meetings.form.endsAt.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		Boolean endEstimated, String venue, String address, String city,
		@Pattern(regexp = "^$|^https://\\S+$", message = "{meetings.form.onlineUrl.pattern}") String onlineUrl,
		String description, String agenda, List<GroupRow> groups, String minutes, Boolean published) {

	/** Empty rows offered at the end of the working groups, for new ones. */
	static final int SPARE_GROUP_ROWS = 3;

	/**
	 * The filled group rows followed by a few empty ones, however the form was built
	 * (also when it is re-shown).
	 */
	MeetingForm {
		List<GroupRow> rows = new ArrayList<>(groups == null ? List.of()
				: groups.stream().filter(g -> g != null && g.name() != null && !g.name().isBlank()).toList());
		for (int i = 0; i < SPARE_GROUP_ROWS; i++) {
			rows.add(new GroupRow("", ""));
		}
		groups = List.copyOf(rows);
	}

	record GroupRow(String name, String note) {
	}

	static MeetingForm empty(LocalDateTime now) {
		LocalDateTime start = now.plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
		return new MeetingForm(null, 0L, FormSubmissions.newToken(), "", "", MeetingKind.IN_PRESENZA, start,
				start.plusHours(3), true, "", "", "", "", "", "", List.of(), "", false);
	}

	static MeetingForm of(MeetingEditor.Draft draft) {
		return new MeetingForm(draft.id(), draft.version(), null, draft.title(), draft.bodyName(), draft.kind(),
				LocalDateTime.ofInstant(draft.startsAt(), TimeConfiguration.ROME),
				LocalDateTime.ofInstant(draft.endsAt(), TimeConfiguration.ROME), draft.endEstimated(), draft.venue(),
				draft.address(), draft.city(), draft.onlineUrl(), draft.description(),
				String.join("\n", draft.agenda()),
				draft.workingGroups().stream().map(g -> new GroupRow(g.name(), g.note())).toList(), draft.minutes(),
				draft.published());
	}

	List<GroupRow> filledGroups() {
		return this.groups.stream().filter(g -> !g.name().isBlank()).toList();
	}

	List<String> agendaItems() {
		return Arrays.stream((this.agenda == null ? "" : this.agenda).split("\\R"))
			.map(line -> line.strip().replaceFirst("^(\\d+[.)]|[-*•])\\s*", ""))
			.filter(line -> !line.isEmpty())
			.toList();
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

	boolean hasPlace() {
		return !blank(this.venue) || !blank(this.address) || !blank(this.city);
	}

	MeetingEditor.Draft toDraft() {
		return new MeetingEditor.Draft(this.id, this.version == null ? 0 : this.version, this.title, this.bodyName,
				this.kind, this.startsAt.atZone(TimeConfiguration.ROME).toInstant(),
				this.endsAt.atZone(TimeConfiguration.ROME).toInstant(), Boolean.TRUE.equals(this.endEstimated),
				this.venue, this.address, this.city, this.onlineUrl, this.description, agendaItems(),
				filledGroups().stream()
					.map(g -> new Meeting.WorkingGroup(g.name().strip(), blank(g.note()) ? null : g.note().strip()))
					.toList(),
				this.minutes, isPublished());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
