package org.vigie.mobilisation.events;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.events.calendar.EventCalendar;
import org.vigie.mobilisation.events.checkin.CheckInTickets;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The emails participants get, in the language they registered in: where their
 * registration stands (with a link to cancel), a freed place offered (with the link to
 * accept or decline and the time it holds), a cancellation done, an event called off.
 * Each carries the person's privacy link and the event's calendar file ({@code .ics},
 * attached to the emails of a confirmed place, with the address it can also be downloaded
 * from in every email): the event as it stands when the place is confirmed, its removal
 * ({@code METHOD:CANCEL}) when they cancelled or the event is called off. They go through
 * the outbox, in the caller's transaction.
 */
@Component
public class RegistrationMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final PrivacyLinks privacy;

	private final SiteProperties site;

	private final EventCalendar calendar;

	private final CheckInTickets tickets;

	RegistrationMails(Mailer mailer, MessageSource messages, PrivacyLinks privacy, SiteProperties site,
			EventCalendar calendar, CheckInTickets tickets) {
		this.calendar = calendar;
		this.tickets = tickets;
		this.mailer = mailer;
		this.messages = messages;
		this.privacy = privacy;
		this.site = site;
	}

	/** The address of a cancel link's page. */
	public String cancelLink(Language language, String token) {
		return this.site.absolute(ActPaths.agenda(language) + "/r/" + token);
	}

	/** The address of an offer link's page. */
	public String offerLink(Language language, String token) {
		return this.site.absolute(ActPaths.agenda(language) + "/o/" + token);
	}

	/** The address of an event's calendar file in a language. */
	public String calendarLink(Event event, Language language) {
		return this.site.absolute(ActPaths.agenda(language) + "/" + event.text(language).slug() + ".ics");
	}

	void registered(Event event, Registration registration, EmailAddress email, String cancelToken) {
		String state = (registration.status() == RegistrationStatus.CONFIRMED) ? "confirmed" : "waitlisted";
		send(event, registration, email, "registered." + state,
				text(registration.language(), "mobilisation.events.mail." + state, registration.seats()), cancelToken);
	}

	void reminded(Event event, Registration registration, EmailAddress email, String cancelToken) {
		String state = switch (registration.status()) {
			case CONFIRMED -> "confirmed";
			case OFFERED -> "offeredStill";
			default -> "waitlisted";
		};
		send(event, registration, email, "again",
				text(registration.language(), "mobilisation.events.mail." + state, registration.seats()), cancelToken);
	}

	void accepted(Event event, Registration registration, EmailAddress email, String cancelToken) {
		send(event, registration, email, "accepted",
				text(registration.language(), "mobilisation.events.mail.confirmed", registration.seats()), cancelToken);
	}

	void offered(Event event, Registration registration, EmailAddress email, String offerToken) {
		Language language = registration.language();
		String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(language.locale())
			.format(registration.offerExpiresAt().atZone(this.site.timeZone()));
		List<String> lines = new ArrayList<>();
		lines.add(text(language, "mobilisation.events.mail.offer", registration.seats(), until));
		lines.add("");
		lines.add(text(language, "mobilisation.events.mail.offerLink"));
		lines.add(offerLink(language, offerToken));
		send(event, registration, email, "offered", String.join("\n", lines), null);
	}

	void cancelled(Event event, Registration registration, EmailAddress email) {
		send(event, registration, email, "cancelled", text(registration.language(), "mobilisation.events.mail.cancel"),
				null);
	}

	void eventCancelled(Event event, Registration registration, EmailAddress email) {
		send(event, registration, email, "eventCancelled",
				text(registration.language(), "mobilisation.events.mail.eventCancel"), null);
	}

	private void send(Event event, Registration registration, EmailAddress email, String kind, String news,
			String cancelToken) {
		Language language = registration.language();
		EventText eventText = event.text(language);
		List<String> lines = new ArrayList<>();
		lines.add(news);
		lines.add("");
		lines.add(eventText.title());
		lines.add(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(language.locale())
			.format(event.startsAt().withZoneSameInstant(this.site.timeZone())));
		if (event.inPerson()) {
			lines.add(event.venueName() + ", " + event.venueAddress());
		}
		if (event.online()) {
			lines.add(text(language, "mobilisation.events.mail.online") + " " + event.onlineUrl());
		}
		lines.add(this.site.absolute(ActPaths.agenda(language) + "/" + eventText.slug()));
		lines.add("");
		lines.add(text(language, "mobilisation.events.mail.calendar"));
		lines.add(calendarLink(event, language));
		if (cancelToken != null) {
			lines.add("");
			lines.add(text(language, "mobilisation.events.mail.cancelLink"));
			lines.add(cancelLink(language, cancelToken));
		}
		boolean gone = !registration.status().active() || event.status() == EventStatus.CANCELLED;
		boolean ticket = !gone && registration.status() == RegistrationStatus.CONFIRMED && event.inPerson();
		if (ticket) {
			lines.add("");
			lines.add(text(language, "mobilisation.checkin.mail.ticket"));
		}
		lines.add("");
		lines.add(text(language, "mobilisation.events.mail.privacy"));
		lines.add(this.privacy.link(language, registration.personId()));
		String subject = text(language, "mobilisation.events.mail.subject." + kind, eventText.title());
		Email message = new Email(email.value(), subject, String.join("\n", lines));
		if (gone || registration.status() == RegistrationStatus.CONFIRMED) {
			message = message.with(this.calendar.attachment(event, language, gone));
		}
		if (ticket) {
			message = message.with(this.tickets.attachment(registration));
		}
		this.mailer.send(message);
	}

	private String text(Language language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

}
