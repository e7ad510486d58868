package org.vigie.fundraising.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element of the statement read into memory by its local name (the namespaces of
 * the CAMT.053 versions differ, their element names do not): one entry or one header part
 * at a time, never the whole file.
 */
final class XmlNode {

	/** Deeper than any CAMT.053 element: refused before it could exhaust the stack. */
	static final int MAX_DEPTH = 40;

	/** Longer than any CAMT.053 text (a free remittance line holds 140 characters). */
	static final int MAX_TEXT = 10_000;

	private final String name;

	private final Map<String, String> attributes;

	private final List<XmlNode> children = new ArrayList<>(4);

	private String text = "";

	private XmlNode(String name, Map<String, String> attributes) {
		this.name = name;
		this.attributes = attributes;
	}

	/** Reads the element the reader stands on, up to and including its end tag. */
	static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
		return read(reader, 1);
	}

	private static XmlNode read(XMLStreamReader reader, int depth) throws XMLStreamException {
		if (depth > MAX_DEPTH) {
			throw new StatementProblem("nesting", MAX_DEPTH);
		}
		Map<String, String> attributes = (reader.getAttributeCount() == 0) ? Map.of() : attributesOf(reader);
		XmlNode node = new XmlNode(reader.getLocalName(), attributes);
		StringBuilder text = null;
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				node.children.add(read(reader, depth + 1));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (text == null) {
					text = new StringBuilder();
				}
				text.append(reader.getText());
				if (text.length() > MAX_TEXT) {
					throw new StatementProblem("textTooLong", node.name, MAX_TEXT);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				node.text = (text == null) ? "" : text.toString().strip();
				return node;
			}
		}
	}

	private static Map<String, String> attributesOf(XMLStreamReader reader) {
		Map<String, String> attributes = new java.util.HashMap<>();
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
		}
		return attributes;
	}

	String name() {
		return this.name;
	}

	String text() {
		return this.text;
	}

	String attribute(String name) {
		return this.attributes.get(name);
	}

	List<XmlNode> children(String name) {
		List<XmlNode> found = new ArrayList<>(2);
		for (XmlNode child : this.children) {
			if (child.name.equals(name)) {
				found.add(child);
			}
		}
		return found;
	}

	/**
	 * The element at a path of local names, e.g. {@code "Acct", "Id", "IBAN"}, or
	 * {@code null}.
	 */
	XmlNode at(String... path) {
		XmlNode current = this;
		for (String step : path) {
			XmlNode next = null;
			for (XmlNode child : current.children) {
				if (child.name.equals(step)) {
					next = child;
					break;
				}
			}
			if (next == null) {
				return null;
			}
			current = next;
		}
		return current;
	}

	/** The text at a path, or {@code null} when the element is missing or empty. */
	String textAt(String... path) {
		XmlNode node = at(path);
		return (node == null || node.text.isEmpty()) ? null : node.text;
	}

}
