package it.anci.welfare.doctemplates;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a {@link TaggedPdf} conform to PDF/UA-1 and PDF/A-2a at the level of the
 * document: language, title shown by viewers, XMP metadata, sRGB output intent, the
 * structure tree and the ParentTree that leads from each page's marked content back to
 * its structure element.
 */
final class PdfConformance {

	private PdfConformance() {
	}

	/** Prepares an empty document; returns the structure tree's Document element. */
	static PDStructureElement prepare(PDDocument document, String title, String author, String language, String creator)
			throws IOException {
		document.setVersion(1.7f);
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setAuthor(author);
		document.getDocumentInformation().setCreator(creator);
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setLanguage(language);
		PDMarkInfo markInfo = new PDMarkInfo();
		markInfo.setMarked(true);
		catalog.setMarkInfo(markInfo);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(title, author, language, creator).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		PDStructureTreeRoot tree = new PDStructureTreeRoot();
		catalog.setStructureTreeRoot(tree);
		PDStructureElement root = new PDStructureElement("Document", tree);
		tree.appendKid(root);
		return root;
	}

	/**
	 * The ParentTree: for page {@code i} (its StructParents), the structure element of
	 * each of its MCIDs, {@code parents.get(i)}.
	 */
	static void linkMarkedContent(PDDocument document, List<List<PDStructureElement>> parents) {
		PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
		Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
		for (int i = 0; i < parents.size(); i++) {
			COSArray elements = new COSArray();
			parents.get(i).forEach(e -> elements.add(e.getCOSObject()));
			numbers.put(i, new PDParentTreeValue(elements));
		}
		parentTree.setNumbers(numbers);
		PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
		tree.setParentTree(parentTree);
		tree.setParentTreeNextKey(parents.size());
	}

	/**
	 * Dublin Core title, PDF/UA-1 and PDF/A-2a identification, and the extension schema
	 * PDF/A asks for pdfuaid.
	 */
	private static String xmp(String title, String author, String language, String creator) {
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
