package org.vigie.mobilisation.statements.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.statements.OrganisationType;
import org.vigie.mobilisation.statements.Signatory;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementText;
import org.vigie.site.Language;

/**
 * The list of signatories as staff hand it over: a PDF (title, addressee, the statement's
 * text, signatories grouped by type, their count and the day) and a CSV for spreadsheets
 * (UTF-8 with a byte order mark, semicolons, and cells that a spreadsheet would run as a
 * formula neutralised with a leading apostrophe). Contacts appear only in the CSV staff
 * ask for with them.
 */
@Component("mobilisationStatementsSignatoriesExport")
class SignatoriesExport {

	private final MessageSource messages;

	SignatoriesExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] pdf(Statement statement, List<Signatory> listed, Language language, LocalDate day) {
		StatementText text = statement.text(language);
		PdfDocument document = new PdfDocument();
		document.add(text.title(), 17, true, 0);
		document.add(text("mobilisation.statements.pdf.addressee", language, text.addressee()), 11, false, 8);
		text.paragraphs().forEach((paragraph) -> document.add(paragraph, 11, false, 8));
		document.add(text("mobilisation.statements.pdf.count", language, listed.size()), 13, true, 18);
		for (Map.Entry<OrganisationType, List<Signatory>> group : grouped(listed, language).entrySet()) {
			document.add(text(group.getKey().label(), language) + " (" + group.getValue().size() + ")", 12, true, 12);
			group.getValue()
				.forEach((signatory) -> document.add(signatory.name() + " — " + signatory.city(), 10, false, 2));
		}
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
		document.add(text("mobilisation.statements.pdf.date", language, date), 10, false, 18);
		return document.render(text.title());
	}

	/**
	 * The CSV.
	 * @param contacts the contact and address of each signature, or {@code null} for the
	 * list without them
	 */
	byte[] csv(List<Signatory> listed, Language language, Map<UUID, Contact> contacts) {
		StringBuilder out = new StringBuilder("\uFEFF");
		List<String> header = new java.util.ArrayList<>(List.of("name", "type", "city", "website", "number", "badges"));
		if (contacts != null) {
			header.addAll(List.of("contact", "email"));
		}
		line(out, header.stream().map((key) -> text("mobilisation.statements.csv." + key, language)).toList());
		for (List<Signatory> group : grouped(listed, language).values()) {
			for (Signatory signatory : group) {
				List<String> cells = new java.util.ArrayList<>(List.of(signatory.name(),
						text(signatory.type().label(), language), signatory.city(), signatory.website(),
						(signatory.enterpriseNumber() != null) ? signatory.enterpriseNumber() : "",
						signatory.badges()
							.stream()
							.map((badge) -> text(badge, language))
							.collect(Collectors.joining(", "))));
				if (contacts != null) {
					Contact contact = contacts.get(signatory.id());
					cells.add((contact != null && contact.name() != null) ? contact.name() : "");
					cells.add((contact != null && contact.email() != null) ? contact.email().value() : "");
				}
				line(out, cells);
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/** A cell as a spreadsheet must read it: quoted, and never as a formula. */
	static String cell(String value) {
		String safe = value.replaceAll("[\\r\\n\\t]+", " ");
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(cells.stream().map(SignatoriesExport::cell).collect(Collectors.joining(";"))).append("\r\n");
	}

	private static Map<OrganisationType, List<Signatory>> grouped(List<Signatory> listed, Language language) {
		java.text.Collator collator = java.text.Collator.getInstance(language.locale());
		collator.setStrength(java.text.Collator.PRIMARY);
		Map<OrganisationType, List<Signatory>> groups = new java.util.EnumMap<>(OrganisationType.class);
		for (OrganisationType type : OrganisationType.values()) {
			List<Signatory> ofType = listed.stream()
				.filter((signatory) -> signatory.type() == type)
				.sorted(java.util.Comparator.comparing(Signatory::name, collator))
				.toList();
			if (!ofType.isEmpty()) {
				groups.put(type, ofType);
			}
		}
		return groups;
	}

	private String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

	/**
	 * A signature's contact, for the CSV staff ask for with contacts.
	 *
	 * @param name the contact person, or {@code null} once erased
	 * @param email their address, or {@code null} once erased
	 */
	record Contact(String name, EmailAddress email) {
	}

}
