package org.vigie.fundraising.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the bank statements of an ISO 20022 CAMT.053 file (versions {@code 001.02} to
 * {@code 001.08}), streaming it so that a statement of 100,000 entries needs little
 * memory.
 * <p>
 * The file is refused as a whole, with a {@link StatementProblem}, when it is not a
 * CAMT.053 statement, declares a DTD (which is how entity attacks such as XXE or the
 * billion laughs get in), is larger than the limit, is not well-formed, lacks a mandatory
 * element, holds an amount that is not a positive decimal or is above a billion, a
 * currency other than the euro, or balances that do not add up: the opening balance plus
 * the booked entries must give the closing balance. Nothing is returned from a refused
 * file.
 */
public final class StatementReader {

	/** The default largest file accepted: 100 MB. */
	public static final long DEFAULT_LIMIT = 100L * 1024 * 1024;

	private static final Pattern CAMT_053 = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.0[2-8]");

	private final long limit;

	private final XMLInputFactory factory;

	/** A reader refusing files over {@link #DEFAULT_LIMIT}. */
	public StatementReader() {
		this(DEFAULT_LIMIT);
	}

	/** A reader refusing files over {@code limit} bytes. */
	public StatementReader(long limit) {
		this.limit = limit;
		this.factory = XMLInputFactory.newDefaultFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		this.factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
	}

	/**
	 * Reads every statement of a file.
	 * @param in the file; not closed
	 * @return the statements in the file's order, at least one
	 * @throws StatementProblem when the file is refused
	 */
	public List<Statement> read(InputStream in) {
		try {
			XMLStreamReader reader = this.factory.createXMLStreamReader(new LimitedInputStream(in, this.limit));
			try {
				return statements(reader);
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw problemIn(ex);
		}
		catch (UncheckedIOException ex) {
			throw new StatementProblem("malformed", ex, "-");
		}
	}

	private static StatementProblem problemIn(XMLStreamException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StatementProblem problem) {
				return problem;
			}
		}
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : -1;
		return new StatementProblem("malformed", ex, line);
	}

	private List<Statement> statements(XMLStreamReader reader) throws XMLStreamException {
		nextElement(reader);
		String namespace = reader.getNamespaceURI();
		if (!"Document".equals(reader.getLocalName()) || namespace == null || !CAMT_053.matcher(namespace).matches()) {
			throw new StatementProblem("notAStatement",
					StatementProblem.excerpt((namespace == null) ? reader.getLocalName() : namespace));
		}
		nextElement(reader);
		if (!"BkToCstmrStmt".equals(reader.getLocalName())) {
			throw new StatementProblem("notAStatement", StatementProblem.excerpt(reader.getLocalName()));
		}
		List<Statement> statements = new ArrayList<>();
		int entries = 0;
		while (nextChild(reader)) {
			if ("Stmt".equals(reader.getLocalName())) {
				Statement statement = statement(reader, entries);
				entries += statement.entries().size();
				statements.add(statement);
			}
			else {
				XmlNode.read(reader);
			}
		}
		if (statements.isEmpty()) {
			throw new StatementProblem("missing", "Stmt", "-");
		}
		while (reader.hasNext()) {
			reader.next();
		}
		return statements;
	}

	/** Reads one {@code Stmt}: its header parts kept whole, its entries one at a time. */
	private Statement statement(XMLStreamReader reader, int entriesBefore) throws XMLStreamException {
		List<XmlNode> header = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		EntryReader entryReader = null;
		BigDecimal booked = BigDecimal.ZERO;
		int number = entriesBefore;
		while (nextChild(reader)) {
			XmlNode node = XmlNode.read(reader);
			if (!"Ntry".equals(node.name())) {
				header.add(node);
				continue;
			}
			if (entryReader == null) {
				entryReader = new EntryReader(iban(header));
			}
			for (Entry entry : entryReader.read(node, ++number)) {
				entries.add(entry);
				if (entry.status() == Entry.Status.BOOK) {
					booked = booked.add(entry.amount());
				}
			}
		}
		String id = required(header, "Id");
		String iban = iban(header);
		String currency = find(header, "Acct").textAt("Ccy");
		if (currency != null && !"EUR".equals(currency)) {
			throw new StatementProblem("currency", StatementProblem.excerpt(currency), id);
		}
		BigDecimal opening = balance(header, id, "OPBD", "PRCD");
		BigDecimal closing = balance(header, id, "CLBD", null);
		BigDecimal expected = opening.add(booked);
		if (expected.compareTo(closing) != 0) {
			throw new StatementProblem("balance", id, expected.toPlainString(), closing.toPlainString());
		}
		XmlNode period = find(header, "FrToDt");
		LocalDate from;
		LocalDate to;
		if (period != null) {
			from = parseDay(period.textAt("FrDtTm"), id);
			to = parseDay(period.textAt("ToDtTm"), id);
		}
		else {
			from = parseDay(required(header, "CreDtTm"), id);
			to = from;
		}
		return new Statement(id, iban, "EUR", from, to, opening, closing, entries);
	}

	/** The statement's account; the schema puts it before the entries. */
	private static String iban(List<XmlNode> header) {
		XmlNode account = find(header, "Acct");
		String iban = (account == null) ? null : account.textAt("Id", "IBAN");
		if (iban == null) {
			throw new StatementProblem("missing", "Acct/Id/IBAN", "Stmt");
		}
		return iban;
	}

	/**
	 * The signed amount of the balance of one of the two types; refused when neither is
	 * there.
	 */
	private static BigDecimal balance(List<XmlNode> header, String id, String type, String otherType) {
		for (XmlNode node : header) {
			if ("Bal".equals(node.name())) {
				String code = node.textAt("Tp", "CdOrPrtry", "Cd");
				if (type.equals(code) || (otherType != null && otherType.equals(code))) {
					return Amounts.signed(node, node.at("Amt"), null, type);
				}
			}
		}
		throw new StatementProblem("missing", "Bal " + type, id);
	}

	private static LocalDate parseDay(String text, String id) {
		if (text == null || text.length() < 10) {
			throw new StatementProblem("date", StatementProblem.excerpt(String.valueOf(text)), id);
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new StatementProblem("date", StatementProblem.excerpt(text), id);
		}
	}

	private static String required(List<XmlNode> header, String name) {
		XmlNode node = find(header, name);
		if (node == null || node.text().isEmpty()) {
			throw new StatementProblem("missing", name, "Stmt");
		}
		return node.text();
	}

	private static XmlNode find(List<XmlNode> header, String name) {
		for (XmlNode node : header) {
			if (node.name().equals(name)) {
				return node;
			}
		}
		return null;
	}

	/** Moves to the next start tag; a DTD on the way is refused rather than skipped. */
	private static void nextElement(XMLStreamReader reader) throws XMLStreamException {
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				throw new StatementProblem("doctype");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				return;
			}
		}
		throw new StatementProblem("notAStatement", "-");
	}

	/**
	 * Moves to the next child start tag of the current element; {@code false} at its end
	 * tag.
	 */
	private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
	}

}
