package org.vigie.advocacy.watch.sources;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.AdvocacyPermissions;
import org.vigie.advocacy.watch.Health;
import org.vigie.advocacy.watch.Source;
import org.vigie.advocacy.watch.WatchStore;
import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.identity.StaffMail;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The email the advocacy team gets at once when a watched address changes, changes shape,
 * becomes unreachable or is refused: the file's title, the address, what happened, the
 * text before and after, and a link to the file's staff page. Never its private notes.
 */
@Component
class ChangeMail {

	private final StaffMail staff;

	private final WatchStore store;

	private final MessageSource messages;

	private final SiteProperties site;

	ChangeMail(StaffMail staff, WatchStore store, MessageSource messages, SiteProperties site) {
		this.staff = staff;
		this.store = store;
		this.messages = messages;
		this.site = site;
	}

	/** Queues the email for the team (sent after the transaction commits). */
	void send(Source source, Health outcome, String oldExcerpt, String newExcerpt) {
		WatchedFile file = this.store.file(source.fileId()).orElseThrow();
		String link = this.site.absolute("/admin/advocacy/watch/" + file.id());
		this.staff.toHolders(AdvocacyPermissions.ADVOCATE, (language) -> {
			String subject = text("advocacy.watch.mail.subject", language,
					text("advocacy.watch.health." + outcome.name(), language), file.title(language));
			StringBuilder body = new StringBuilder();
			body.append(text("advocacy.watch.mail.intro." + outcome.name(), language, file.title(language),
					file.reference()))
				.append("\n\n")
				.append(source.address())
				.append("\n");
			if (outcome == Health.CHANGED) {
				body.append("\n")
					.append(text("advocacy.watch.mail.before", language))
					.append("\n")
					.append((oldExcerpt != null) ? oldExcerpt : "")
					.append("\n\n")
					.append(text("advocacy.watch.mail.after", language))
					.append("\n")
					.append((newExcerpt != null) ? newExcerpt : "")
					.append("\n");
			}
			body.append("\n").append(text("advocacy.watch.mail.open", language)).append("\n").append(link).append("\n");
			return new StaffMail.Letter(subject, body.toString());
		});
	}

	private String text(String key, Language language, Object... args) {
		return this.messages.getMessage(key, args, language.locale());
	}

}
