package org.vigie.content.wordpress;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export (WXR 1.0 to 1.2) to a {@link Wxr.Handler}, one author, term
 * or item at a time, so memory stays bounded whatever the file's size.
 * <p>
 * The parser refuses document type declarations altogether: no external entity is ever
 * fetched and no entity expansion can blow up (WordPress never writes a DTD). Malformed
 * or truncated XML, a file that is not an RSS document with a channel, and an RSS feed
 * that is not a WordPress export are refused with the line where reading stopped.
 */
public final class WxrReader {

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String WXR_NAMESPACE = "http://wordpress.org/export/";

	private final XMLInputFactory factory;

	public WxrReader() {
		this.factory = XMLInputFactory.newFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	/** Reads the whole export; the handler sees everything in document order. */
	public void read(InputStream input, Wxr.Handler handler) {
		XMLStreamReader xml = null;
		try {
			xml = this.factory.createXMLStreamReader(input, "UTF-8");
			readDocument(xml, handler);
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : line(xml);
			throw new WxrException("wordpress.error.malformed", Math.max(line, 0), ex.getMessage());
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ex) {
					// Closing a reader that failed; the first error is the one reported.
				}
			}
		}
	}

	private void readDocument(XMLStreamReader xml, Wxr.Handler handler) throws XMLStreamException {
		boolean root = false;
		boolean channel = false;
		boolean version = false;
		boolean site = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new WxrException("wordpress.error.doctype", line(xml), null);
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (!root) {
				if (!"rss".equals(name)) {
					throw new WxrException("wordpress.error.notWxr", line(xml), "root element " + name);
				}
				root = true;
			}
			else if ("channel".equals(name)) {
				channel = true;
			}
			else if (channel && !site && "link".equals(name) && noNamespace(xml)) {
				site = true;
				handler.site(xml.getElementText().strip());
			}
			else if (channel && isWordPress(xml)) {
				switch (name) {
					case "wxr_version" -> {
						String text = xml.getElementText().strip();
						if (!text.matches("1\\.[0-2]")) {
							throw new WxrException("wordpress.error.version", line(xml), text);
						}
						version = true;
						handler.version(text);
					}
					case "author" -> handler.author(author(xml));
					case "category" -> handler.term(category(xml));
					case "tag" -> handler.term(tag(xml));
					case "term" -> handler.term(term(xml));
					default -> skip(xml);
				}
			}
			else if (channel && "item".equals(name) && noNamespace(xml)) {
				if (!version) {
					throw new WxrException("wordpress.error.notWxr", line(xml), "no wp:wxr_version before the items");
				}
				handler.item(item(xml));
			}
		}
		if (!root || !channel) {
			throw new WxrException(root ? "wordpress.error.noChannel" : "wordpress.error.notWxr", line(xml), null);
		}
		if (!version) {
			throw new WxrException("wordpress.error.notWxr", line(xml), "no wp:wxr_version");
		}
	}

	private static Wxr.Author author(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = fields(xml);
		return new Wxr.Author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_email", ""),
				fields.getOrDefault("author_display_name", fields.getOrDefault("author_login", "")));
	}

	private static Wxr.Term category(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = fields(xml);
		return new Wxr.Term(number(fields.get("term_id")), "category", fields.getOrDefault("category_nicename", ""),
				fields.getOrDefault("cat_name", ""), blankToNull(fields.get("category_parent")),
				blankToNull(fields.get("category_description")));
	}

	private static Wxr.Term tag(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = fields(xml);
		return new Wxr.Term(number(fields.get("term_id")), "post_tag", fields.getOrDefault("tag_slug", ""),
				fields.getOrDefault("tag_name", ""), null, blankToNull(fields.get("tag_description")));
	}

	private static Wxr.Term term(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = fields(xml);
		return new Wxr.Term(number(fields.get("term_id")), fields.getOrDefault("term_taxonomy", ""),
				fields.getOrDefault("term_slug", ""), fields.getOrDefault("term_name", ""),
				blankToNull(fields.get("term_parent")), blankToNull(fields.get("term_description")));
	}

	private static Wxr.Item item(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new LinkedHashMap<>();
		List<Wxr.ItemTerm> terms = new ArrayList<>();
		Map<String, String> meta = new LinkedHashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			String name = xml.getLocalName();
			String namespace = xml.getNamespaceURI();
			if ("category".equals(name) && noNamespace(xml)) {
				String taxonomy = attribute(xml, "domain");
				String slug = attribute(xml, "nicename");
				terms.add(new Wxr.ItemTerm(taxonomy, slug, xml.getElementText().strip()));
			}
			else if ("postmeta".equals(name)) {
				Map<String, String> entry = fields(xml);
				meta.put(entry.getOrDefault("meta_key", ""), entry.getOrDefault("meta_value", ""));
			}
			else if ("comment".equals(name)) {
				skip(xml);
			}
			else {
				String key = ("encoded".equals(name) && namespace != null && namespace.contains("excerpt")) ? "excerpt"
						: name;
				fields.put(key, xml.getElementText());
			}
		}
		return new Wxr.Item(number(fields.get("post_id")), fields.getOrDefault("post_type", "post"),
				fields.getOrDefault("title", ""), fields.getOrDefault("link", ""), fields.getOrDefault("post_name", ""),
				fields.getOrDefault("status", "draft"), date(fields.get("post_date_gmt"), line(xml)),
				fields.getOrDefault("encoded", ""), fields.getOrDefault("excerpt", ""),
				number(fields.get("post_parent")), (int) number(fields.get("menu_order")),
				fields.getOrDefault("creator", ""), "1".equals(fields.get("is_sticky")),
				blankToNull(fields.get("attachment_url")), List.copyOf(terms), meta);
	}

	/** The text of each child element, by local name. */
	private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new LinkedHashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			fields.put(xml.getLocalName(), xml.getElementText());
		}
		return fields;
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static boolean noNamespace(XMLStreamReader xml) {
		String namespace = xml.getNamespaceURI();
		return namespace == null || namespace.isEmpty();
	}

	private static boolean isWordPress(XMLStreamReader xml) {
		String namespace = xml.getNamespaceURI();
		return namespace != null && namespace.startsWith(WXR_NAMESPACE) && !namespace.contains("excerpt");
	}

	private static String attribute(XMLStreamReader xml, String name) {
		String value = xml.getAttributeValue(null, name);
		return (value != null) ? value : "";
	}

	private static long number(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A GMT date as WordPress writes it; its "no date" value gives {@code null}. */
	private static Instant date(String text, int line) {
		if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip(), WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new WxrException("wordpress.error.date", line, text);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static int line(XMLStreamReader xml) {
		return (xml != null && xml.getLocation() != null) ? xml.getLocation().getLineNumber() : 0;
	}

}
