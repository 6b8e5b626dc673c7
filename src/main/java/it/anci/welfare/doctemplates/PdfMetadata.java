package it.anci.welfare.doctemplates;

/** The XMP metadata packet of a {@link TaggedPdf}. */
final class PdfMetadata {

	private PdfMetadata() {
	}

	/**
	 * Dublin Core title, PDF/UA-1 and PDF/A-2a identification, and the extension schema
	 * PDF/A asks for pdfuaid.
	 */
	static String xmp(String title, String author, String language, String creator) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
				      xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				      xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
				      xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
				      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
				      xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
				   <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
				   <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreatorTool>%4$s</xmp:CreatorTool>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>A</pdfaid:conformance>
				   <pdfuaid:part>1</pdfuaid:part>
				   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
				    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
				    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
				    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
				    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
				     <pdfaProperty:name>part</pdfaProperty:name>
				     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
				     <pdfaProperty:category>internal</pdfaProperty:category>
				     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
				    </rdf:li></rdf:Seq></pdfaSchema:property>
				   </rdf:li></rdf:Bag></pdfaExtension:schemas>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>"""
			.formatted(escape(title), escape(author), language, escape(creator));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
