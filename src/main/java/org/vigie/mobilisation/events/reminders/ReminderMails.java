package org.vigie.mobilisation.events.reminders;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventText;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.RegistrationLinks;
import org.vigie.mobilisation.events.RegistrationMails;
import org.vigie.mobilisation.events.calendar.EventCalendar;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reminder's email, in the language the person registered in: when and where, the
 * event's page and calendar file (attached too), a fresh link to cancel (the events' own
 * cancel links) and the person's privacy link.
 */
@Component
class ReminderMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final RegistrationLinks links;

	private final RegistrationMails registrationMails;

	private final PrivacyLinks privacy;

	private final EventCalendar calendar;

	private final SiteProperties site;

	ReminderMails(Mailer mailer, MessageSource messages, RegistrationLinks links, RegistrationMails registrationMails,
			PrivacyLinks privacy, EventCalendar calendar, SiteProperties site) {
		this.mailer = mailer;
		this.messages = messages;
		this.links = links;
		this.registrationMails = registrationMails;
		this.privacy = privacy;
		this.calendar = calendar;
		this.site = site;
	}

	/** Queues the reminder, in the caller's transaction. */
	void remind(Event event, Registration registration, EmailAddress email, Reminder reminder, Instant now) {
		Language language = registration.language();
		EventText text = event.text(language);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(language.locale())
			.format(event.startsAt().withZoneSameInstant(this.site.timeZone()));
		List<String> lines = new ArrayList<>();
		lines.add(text(language, "mobilisation.reminders.mail." + reminder.name(), text.title(), when));
		lines.add("");
		lines.add(text.title());
		lines.add(when);
		if (event.inPerson()) {
			lines.add(event.venueName() + ", " + event.venueAddress());
		}
		if (event.online()) {
			lines.add(text(language, "mobilisation.reminders.mail.online") + " " + event.onlineUrl());
		}
		lines.add(this.site.absolute(ActPaths.agenda(language) + "/" + text.slug()));
		lines.add("");
		lines.add(text(language, "mobilisation.reminders.mail.cancel"));
		lines.add(this.registrationMails.cancelLink(language,
				this.links.issue(registration.id(), RegistrationLinks.Purpose.CANCEL, null, now)));
		lines.add("");
		lines.add(text(language, "mobilisation.reminders.mail.privacy"));
		lines.add(this.privacy.link(language, registration.personId()));
		String subject = text(language, "mobilisation.reminders.mail.subject." + reminder.name(), text.title());
		this.mailer.send(new Email(email.value(), subject, String.join("\n", lines))
			.with(this.calendar.attachment(event, language, false)));
	}

	private String text(Language language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

}
