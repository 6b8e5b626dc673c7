package it.anci.welfare.doctemplates;

import it.anci.welfare.files.StoredFile;

/** A generated file of a template, with its download count. */
public record TemplateFile(TemplateFormat format, StoredFile file, long downloads) {

}
