package org.vigie.advocacy.watch;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.AdvocacyPermissions;
import org.vigie.identity.StaffMail;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The weekly digest to the advocacy team: the open files whose deadline has passed, those
 * due in the next {@link #DAYS} days, and what the source checks noticed since Monday of
 * the week before, in each member's back-office language. The week is claimed in
 * {@code advocacy_watch_digest} (unique per ISO week) in the same transaction as the
 * letters are queued, so it goes once a week however many nodes run the job. No private
 * notes are in it.
 */
@Service
public class WatchDigest {

	/** How many days ahead the digest looks. */
	public static final int DAYS = 14;

	private final JdbcClient jdbc;

	private final WatchStore store;

	private final StaffMail staff;

	private final MessageSource messages;

	private final SiteProperties site;

	WatchDigest(JdbcClient jdbc, WatchStore store, StaffMail staff, MessageSource messages, SiteProperties site) {
		this.jdbc = jdbc;
		this.store = store;
		this.staff = staff;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * The week a moment falls in, such as {@code 2026-W49} (ISO weeks, Brussels time).
	 */
	public String week(Instant now) {
		LocalDate day = now.atZone(this.site.timeZone()).toLocalDate();
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * Sends the digest of the week {@code now} falls in unless it went already.
	 * @return how many members it was queued for, or -1 when this week's went already
	 */
	@Transactional
	public int send(Instant now) {
		String week = week(now);
		int claimed = this.jdbc.sql("""
				insert into advocacy_watch_digest (week_code, sent_at, recipients)
				select ?, ?, 0 from (values (1)) one
				where not exists (select 1 from advocacy_watch_digest where week_code = ?)""")
			.params(week, Timestamp.from(now), week)
			.update();
		if (claimed == 0) {
			return -1;
		}
		LocalDate today = now.atZone(this.site.timeZone()).toLocalDate();
		List<WatchedFile> files = this.store.all();
		List<WatchedFile> overdue = files.stream().filter((file) -> file.overdue(today)).toList();
		List<WatchedFile> coming = files.stream().filter((file) -> file.dueWithin(today, DAYS)).toList();
		Instant since = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1)
			.atStartOfDay(this.site.timeZone())
			.toInstant();
		List<Signal> signals = this.store.signalsSince(since);
		Map<UUID, WatchedFile> byId = files.stream().collect(Collectors.toMap(WatchedFile::id, Function.identity()));
		int recipients = this.staff.toHolders(AdvocacyPermissions.ADVOCATE,
				(language) -> letter(language, week, today, overdue, coming, signals, byId));
		this.jdbc.sql("update advocacy_watch_digest set recipients = ? where week_code = ?")
			.params(recipients, week)
			.update();
		return recipients;
	}

	/** Whether the digest of a week ({@link #week}) went. */
	public boolean sent(String week) {
		return this.jdbc.sql("select count(*) from advocacy_watch_digest where week_code = ?")
			.param(week)
			.query(Integer.class)
			.single() > 0;
	}

	private StaffMail.Letter letter(Language language, String week, LocalDate today, List<WatchedFile> overdue,
			List<WatchedFile> coming, List<Signal> signals, Map<UUID, WatchedFile> files) {
		DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE;
		StringBuilder text = new StringBuilder(message("advocacy.watch.digest.intro", language, week)).append("\n\n");
		text.append(message("advocacy.watch.digest.overdue", language, overdue.size())).append("\n");
		overdue.forEach((file) -> line(text, language, file, dates));
		text.append("\n").append(message("advocacy.watch.digest.coming", language, DAYS, coming.size())).append("\n");
		coming.forEach((file) -> line(text, language, file, dates));
		text.append("\n").append(message("advocacy.watch.digest.sources", language, signals.size())).append("\n");
		signals.forEach((signal) -> {
			WatchedFile file = files.get(signal.fileId());
			text.append("- ")
				.append(message("advocacy.watch.health." + signal.outcome().name(), language))
				.append(": ")
				.append((file != null) ? file.title(language) : "?")
				.append(" (")
				.append(signal.noticedAt().atZone(this.site.timeZone()).toLocalDate().format(dates))
				.append(")\n");
		});
		text.append("\n")
			.append(message("advocacy.watch.digest.open", language))
			.append("\n")
			.append(this.site.absolute("/admin/advocacy/watch"))
			.append("\n");
		String subject = message("advocacy.watch.digest.subject", language, week, overdue.size(), coming.size(),
				signals.size());
		return new StaffMail.Letter(subject, text.toString());
	}

	private void line(StringBuilder text, Language language, WatchedFile file, DateTimeFormatter dates) {
		text.append("- ")
			.append(file.deadlineOn().format(dates))
			.append(" · ")
			.append(file.title(language))
			.append(" (")
			.append(file.reference())
			.append(")");
		if (!file.deadline(language).isBlank()) {
			text.append(": ").append(file.deadline(language));
		}
		text.append("\n");
	}

	private String message(String key, Language language, Object... args) {
		return this.messages.getMessage(key, args, language.locale());
	}

}
