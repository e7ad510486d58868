package org.vigie.mobilisation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.confirm.MailAllowance;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Email;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mobilisation's core SQL on each database (H2, and PostgreSQL in its run): one person
 * per address whatever its case, erasure, the consent ledger with its wordings kept once,
 * the daily allowance of confirmation emails, and confirmation links used once and
 * forgotten when they expire.
 */
@DatabaseTest
@Import({ People.class, ConsentLedger.class, Confirmations.class, MailAllowance.class, TinkServerKeys.class,
		LearningDatabaseParts.class, MobilisationStoreTests.Parts.class })
class MobilisationStoreTests {

	@Autowired
	private People people;

	@Autowired
	private ConsentLedger consents;

	@Autowired
	private Confirmations confirmations;

	@Autowired
	private MailAllowance allowance;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void oneAddressIsOnePersonWhateverItsCaseUntilErased() {
		Instant now = this.clock.instant();
		EmailAddress email = address("Noor.Store@Example.org");
		UUID id = this.people.person(email, Language.NL, now);
		assertThat(this.people.person(address("noor.store@example.ORG"), Language.FR, now)).isEqualTo(id);
		assertThat(this.people.email(id)).contains(email);
		assertThat(this.people.language(id)).isEqualTo(Language.NL);
		String sealed = this.jdbc.sql("select email_sealed from mobilisation_person where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(sealed).doesNotContain("noor");
		this.people.erase(id, now);
		assertThat(this.people.email(id)).isEmpty();
		assertThat(this.people.find(email)).isEmpty();
		assertThat(this.people.person(email, Language.NL, now)).isNotEqualTo(id);
	}

	@Test
	void theLedgerAppendsAndKeepsEachWordingOnce() {
		Instant now = this.clock.instant();
		UUID id = this.people.person(address("ledger@example.org"), Language.FR, now);
		String wording = "J’accepte que mon prénom apparaisse sur le mur public.";
		this.consents.requested(id, Purpose.PUBLIC_WALL, "blue-heart", wording, Language.FR, now);
		assertThat(this.consents.holds(id, Purpose.PUBLIC_WALL, "blue-heart")).isFalse();
		this.consents.confirmed(id, Purpose.PUBLIC_WALL, "blue-heart", wording, Language.FR, now.plusSeconds(60));
		assertThat(this.consents.holds(id, Purpose.PUBLIC_WALL, "blue-heart")).isTrue();
		this.consents.withdrawn(id, Purpose.PUBLIC_WALL, "blue-heart", wording, Language.FR, now.plusSeconds(120));
		assertThat(this.consents.holds(id, Purpose.PUBLIC_WALL, "blue-heart")).isFalse();
		List<ConsentEntry> entries = this.consents.entries(id);
		assertThat(entries).extracting(ConsentEntry::event)
			.containsExactly(ConsentEntry.Event.REQUESTED, ConsentEntry.Event.CONFIRMED, ConsentEntry.Event.WITHDRAWN);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.wording()).isEqualTo(wording);
			assertThat(entry.wordingHash()).isEqualTo(ConsentLedger.hash(wording));
		});
		assertThat(this.jdbc.sql("select count(*) from mobilisation_consent_wording where wording_hash = ?")
			.param(ConsentLedger.hash(wording))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAddressGetsItsDailyAllowanceOnEachDay() {
		String hash = this.people.hash(address("allowance@example.org"));
		LocalDate today = LocalDate.of(2026, 12, 7);
		int allowed = 0;
		for (int i = 0; i < this.allowance.perDay() + 3; i++) {
			allowed += this.allowance.take(hash, today) ? 1 : 0;
		}
		assertThat(allowed).isEqualTo(this.allowance.perDay());
		assertThat(this.allowance.take(hash, today.plusDays(1))).isTrue();
		assertThat(this.allowance.forgetBefore(today.plusDays(1))).isEqualTo(1);
	}

	@Test
	void aLinkConfirmsOnceAndExpires() {
		Instant now = this.clock.instant();
		EmailAddress email = address("link@example.org");
		UUID person = this.people.person(email, Language.EN, now);
		UUID subject = UUID.randomUUID();
		String[] link = new String[1];
		assertThat(this.confirmations.request(Parts.KIND, subject, person, email, Language.EN, (url) -> {
			link[0] = url;
			return new Email(email.value(), "Confirm", url);
		}, now)).isTrue();
		String token = link[0].substring(link[0].lastIndexOf('/') + 1);
		assertThat(this.confirmations.find(token)).isPresent();
		assertThat(this.confirmations.confirm(token, now.plusSeconds(10))).contains("/en/done/" + subject + "/true");
		assertThat(this.confirmations.confirm(token, now.plusSeconds(20))).contains("/en/done/" + subject + "/false");
		assertThat(this.confirmations.find(token).orElseThrow().confirmedAt()).isEqualTo(now.plusSeconds(10));

		this.confirmations.request(Parts.KIND, UUID.randomUUID(), person, email, Language.EN, (url) -> {
			link[0] = url;
			return new Email(email.value(), "Confirm", url);
		}, now);
		String unused = link[0].substring(link[0].lastIndexOf('/') + 1);
		Instant later = now.plus(Duration.ofDays(4));
		assertThat(this.confirmations.confirm(unused, later)).isEmpty();
		assertThat(this.confirmations.forgetExpired(later)).isEqualTo(1);
		assertThat(this.confirmations.find(unused)).isEmpty();
		assertThat(this.confirmations.find(token)).isPresent();
		assertThat(this.confirmations.find("x".repeat(43))).isEmpty();
	}

	private static EmailAddress address(String value) {
		return EmailAddress.parse(value).orElseThrow();
	}

	static class Parts {

		static final String KIND = "STORE_TEST";

		@Bean
		ConfirmationHandler storeTestHandler() {
			return new ConfirmationHandler() {

				@Override
				public String kind() {
					return KIND;
				}

				@Override
				public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
					return "/" + language.code() + "/done/" + subjectId + "/" + first;
				}

				@Override
				public String describe(UUID subjectId, Language language) {
					return Optional.of("test").orElseThrow();
				}

			};
		}

	}

}
