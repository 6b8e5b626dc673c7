package it.anci.welfare.news.web;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.news.NewsEditor;
import it.anci.welfare.news.NewsType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The news form (create and edit); never bound to the entity. */
record NewsForm(Long id, Long version, String submissionToken,
		@NotNull(message = "{news.form.type.required}") NewsType type,
		@NotBlank(message = "{news.form.title.required}") @Size(max = 250,
				message = "{news.form.title.size}") String title,
		@NotBlank(message = "{news.form.summary.required}") @Size(max = 600,
				message = "{news.form.summary.size}") String summary,
		@NotBlank(message = "{news.form.body.required}") String body, String topics, Boolean featured,
		Boolean published, @NotNull(message = "{news.form.publishedAt.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishedAt,
		List<String> meetings) {

	static NewsForm empty(LocalDateTime now) {
		return new NewsForm(null, 0L, FormSubmissions.newToken(), NewsType.NOTIZIA, "", "", "", "", false, false,
				now.withSecond(0).withNano(0), List.of());
	}

	static NewsForm of(NewsEditor.Draft draft) {
		return new NewsForm(draft.id(), draft.version(), null, draft.type(), draft.title(), draft.summary(),
				draft.body(), String.join(", ", draft.topics()), draft.featured(), draft.published(),
				LocalDateTime.ofInstant(draft.publishedAt(), TimeConfiguration.ROME).withSecond(0).withNano(0),
				draft.meetings());
	}

	NewsEditor.Draft toDraft() {
		List<String> topicList = Arrays.stream((this.topics == null ? "" : this.topics).split(","))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
		return new NewsEditor.Draft(this.id, this.version == null ? 0 : this.version, this.type, this.title,
				this.summary, this.body, topicList, Boolean.TRUE.equals(this.featured), isPublished(),
				this.publishedAt.atZone(TimeConfiguration.ROME).toInstant(),
				this.meetings == null ? List.of() : this.meetings.stream().distinct().toList());
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

}
