package it.anci.welfare.doctemplates.web;

import java.time.LocalDate;

import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.doctemplates.TemplateEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The template form (create and edit); never bound to the entity. */
record TemplateForm(Long id, Long version, String submissionToken,
		@NotBlank(message = "{doctemplates.form.title.required}") @Size(max = 250,
				message = "{doctemplates.form.title.size}") String title,
		@NotBlank(message = "{doctemplates.form.category.required}") @Size(max = 200,
				message = "{doctemplates.form.category.size}") String categoryName,
		@NotBlank(message = "{doctemplates.form.description.required}") @Size(max = 1000,
				message = "{doctemplates.form.description.size}") String description,
		@Size(max = 500, message = "{doctemplates.form.legalBasis.size}") String legalBasis,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, String replacedBy, String source,
		Boolean published) {

	static TemplateForm empty() {
		return new TemplateForm(null, 0L, FormSubmissions.newToken(), "", "", "", "", null, null, "", "", false);
	}

	static TemplateForm of(TemplateEditor.Draft draft) {
		return new TemplateForm(draft.id(), draft.version(), null, draft.title(), draft.categoryName(),
				draft.description(), draft.legalBasis(), draft.validFrom(), draft.validUntil(), draft.replacedBy(),
				draft.source(), draft.published());
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

	boolean hasSource() {
		return this.source != null && !this.source.isBlank();
	}

	TemplateEditor.Draft toDraft() {
		return new TemplateEditor.Draft(this.id, this.version == null ? 0 : this.version, this.title, this.categoryName,
				this.description, this.legalBasis, this.validFrom, this.validUntil, this.replacedBy, this.source,
				isPublished());
	}

}
