package it.anci.welfare.catalogue;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.stereotype.Component;

/** The outlines of the 20 regions from db/data/maps/italy-regions.svg (MapSVG, CC BY 4.0), by map id. */
@Component
class RegionShapes {

	static final String VIEW_BOX = "0 0 610 793";

	private final Map<String, String> pathsById = new LinkedHashMap<>();

	RegionShapes() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream svg = RegionShapes.class.getResourceAsStream("/db/data/maps/italy-regions.svg")) {
			NodeList paths = factory.newDocumentBuilder().parse(svg).getElementsByTagName("path");
			for (int i = 0; i < paths.getLength(); i++) {
				Element path = (Element) paths.item(i);
				this.pathsById.put(path.getAttribute("id"), path.getAttribute("d"));
			}
		}
	}

	String path(String mapId) {
		return this.pathsById.get(mapId);
	}

}
