package it.anci.welfare.news.web;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Feeds name their own address ({@code rel="self"}), as feed validators and readers ask.
 * Rome writes it for Atom, but its RSS 2.0 generator has no {@code atom:link}: it is
 * added to the channel of the document Rome builds.
 */
final class FeedSelfLink {

	private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private FeedSelfLink() {
	}

	static SyndLink link(String rel, String type, String href) {
		SyndLinkImpl link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	static String rssWithSelf(SyndFeed feed, String selfUrl) throws FeedException {
		Document document = new SyndFeedOutput().outputJDom(feed);
		Element channel = document.getRootElement().getChild("channel");
		document.getRootElement().addNamespaceDeclaration(ATOM);
		channel.addContent(0,
				new Element("link", ATOM).setAttribute("href", selfUrl)
					.setAttribute("rel", "self")
					.setAttribute("type", "application/rss+xml"));
		return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
	}

}
