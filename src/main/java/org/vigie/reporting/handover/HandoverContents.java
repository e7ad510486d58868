package org.vigie.reporting.handover;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.vigie.reporting.reports.Message;
import org.vigie.reporting.reports.ReportContent;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Upload;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.context.MessageSource;

/**
 * The files of a package for the fields chosen: {@code report.txt} (the report's clear
 * fields, then each chosen part under its heading, in the approving analyst's language)
 * and, when chosen, the report's images.
 */
final class HandoverContents {

	private final MessageSource messages;

	private final Locale locale;

	HandoverContents(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<HandoverEntry> entries(Reports.ReportDetail detail, Set<HandoverField> fields, ReportKey key,
			Reports reports) {
		List<HandoverEntry> entries = new ArrayList<>();
		entries.add(new HandoverEntry("report.txt", text(detail, fields).getBytes(StandardCharsets.UTF_8)));
		if (fields.contains(HandoverField.IMAGES)) {
			int number = 1;
			for (Message.AttachmentInfo info : detail.attachments()) {
				Optional<Upload> image = reports.attachment(key, info.id());
				if (image.isPresent()) {
					String extension = image.get().mediaType().equals("image/png") ? "png" : "jpg";
					entries.add(new HandoverEntry("image-" + number++ + "." + extension, image.get().bytes()));
				}
			}
		}
		return entries;
	}

	private String text(Reports.ReportDetail detail, Set<HandoverField> fields) {
		ReportContent content = detail.content();
		StringBuilder text = new StringBuilder();
		line(text, "handover.text.report", detail.summary().id().toString());
		line(text, "handover.text.received", detail.summary().receivedAt().toString());
		line(text, "handover.text.category", detail.summary().category().name());
		line(text, "handover.text.country", detail.summary().country());
		line(text, "handover.text.placeType", detail.summary().placeType().name());
		if (fields.contains(HandoverField.WHAT)) {
			section(text, HandoverField.WHAT, content.what());
		}
		if (fields.contains(HandoverField.PLACE)) {
			ReportContent.Coordinates at = content.coordinates();
			section(text, HandoverField.PLACE,
					String
						.join("\n", content.city(), content.place(),
								(at != null) ? at.latitude() + ", " + at.longitude() : "")
						.strip());
		}
		if (fields.contains(HandoverField.WHEN)) {
			section(text, HandoverField.WHEN, content.when());
		}
		if (fields.contains(HandoverField.PEOPLE)) {
			section(text, HandoverField.PEOPLE,
					String.join("\n", content.adults(), content.children(), content.languages()).strip());
		}
		if (fields.contains(HandoverField.RESIDENCE)) {
			section(text, HandoverField.RESIDENCE, content.residence());
		}
		if (fields.contains(HandoverField.CONTACT) && content.contact() != null) {
			ReportContent.Contact contact = content.contact();
			section(text, HandoverField.CONTACT,
					String.join("\n", contact.name(), contact.email(), contact.phone()).strip());
		}
		return text.toString();
	}

	private void line(StringBuilder text, String label, String value) {
		text.append(this.messages.getMessage(label, null, this.locale)).append(": ").append(value).append('\n');
	}

	private void section(StringBuilder text, HandoverField field, String value) {
		text.append("\n== ")
			.append(this.messages.getMessage("handover.field." + field.name(), null, this.locale))
			.append(" ==\n")
			.append(value.isBlank() ? "-" : value.replaceAll("\n{2,}", "\n"))
			.append('\n');
	}

}
