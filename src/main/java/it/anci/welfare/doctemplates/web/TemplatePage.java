package it.anci.welfare.doctemplates.web;

import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of a document template, public or the staff's preview: the template, its files
 * to download and its attached documents.
 */
@Component
class TemplatePage {

	private final TemplateFiles files;

	private final Attachments attachments;

	TemplatePage(TemplateFiles files, Attachments attachments) {
		this.files = files;
		this.attachments = attachments;
	}

	String show(DocumentTemplate template, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("files", this.files.filesOf(template.slug()));
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.TEMPLATE, template.id()));
		return "doctemplates/show";
	}

}
