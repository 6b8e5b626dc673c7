/**
 * Document templates that municipalities download and adapt: their source texts, the
 * DOCX, ODT and tagged PDF written from them, "Compila per il tuo Comune", uploaded
 * files, and staff editing. {@link it.anci.welfare.doctemplates.TaggedPdf} also writes
 * other accessible PDFs (a comparison of cards).
 */
package it.anci.welfare.doctemplates;
