package org.vigie.advocacy.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest: overdue files, deadlines in the next two weeks and what the source
 * checks noticed, to each advocacy officer in their back-office language, once a week
 * however often the job runs; never the private notes.
 */
@AdvocacyTest
class WatchDigestTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	/** A Monday morning far from the demo's deadlines and other tests' weeks. */
	private static final Instant MONDAY = Instant.parse("2031-03-10T06:00:00Z");

	@Autowired
	private WatchDigest digest;

	@Autowired
	private WatchStore store;

	@Autowired
	private SiteProperties site;

	@Autowired
	private ApplicationContext context;

	@Test
	void theDigestGoesOnceAWeekToEachOfficerInTheirLanguageWithoutPrivateNotes() throws Exception {
		Campaigners.Enrolled french = Advocates.create(this.context, Language.FR);
		Campaigners.Enrolled english = Advocates.create(this.context, Language.EN);
		LocalDate today = MONDAY.atZone(this.site.timeZone()).toLocalDate();
		String word = WatchDrafts.unique();
		String secret = "PRIVATE-" + word;
		this.store.create(WatchDrafts.draft("digest-overdue-" + word, false, secret, today.minusDays(1), Map.of()),
				false, "test", MONDAY);
		this.store.create(WatchDrafts.draft("digest-soon-" + word, false, secret, today.plusDays(13), Map.of()), false,
				"test", MONDAY);
		this.store.create(WatchDrafts.draft("digest-later-" + word, false, secret, today.plusDays(15), Map.of()), false,
				"test", MONDAY);

		assertThat(this.digest.send(MONDAY)).isGreaterThanOrEqualTo(2);
		assertThat(this.digest.send(MONDAY.plusSeconds(3600 * 30))).as("the same week, another run or node")
			.isEqualTo(-1);
		assertThat(this.digest.sent(this.digest.week(MONDAY))).isTrue();

		Mailbox mailbox = new Mailbox(mail);
		MimeMessage fr = mailbox.await(french.email(), 1).get(0);
		MimeMessage en = mailbox.await(english.email(), 1).get(0);
		assertThat(fr.getSubject()).startsWith("Veille politique, semaine 2031-W11");
		assertThat(en.getSubject()).startsWith("Policy watch, week 2031-W11").doesNotContain(secret);
		String frText = Mailbox.text(fr);
		assertThat(frText)
			.contains("Title fr digest-overdue-" + word, "Title fr digest-soon-" + word, "Échéances dépassées")
			.doesNotContain("digest-later-" + word)
			.doesNotContain(secret);
		String enText = Mailbox.text(en);
		assertThat(enText.indexOf("Title en digest-overdue-" + word))
			.isLessThan(enText.indexOf("Title en digest-soon-" + word));
		assertThat(enText).contains("/admin/advocacy/watch").doesNotContain(secret);
		assertThat(mailbox.to(english.email())).hasSize(1);

		assertThat(this.digest.send(MONDAY.plusSeconds(7 * 24 * 3600))).as("next week's goes").isPositive();
		assertThat(mailbox.await(english.email(), 2)).hasSize(2);
	}

	@Test
	void weeksAreIsoWeeksInBrussels() {
		assertThat(this.digest.week(Instant.parse("2026-12-27T23:30:00Z"))).isEqualTo("2026-W53");
		assertThat(this.digest.week(Instant.parse("2027-01-03T23:30:00Z"))).isEqualTo("2027-W01");
	}

}
