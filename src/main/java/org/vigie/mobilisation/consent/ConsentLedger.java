package org.vigie.mobilisation.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;

/**
 * The consent ledger: for each person and purpose, when consent was asked, confirmed and
 * withdrawn, and the exact wording they were shown (kept once, found by its SHA-256), so
 * a person's export reproduces the text they agreed to. Entries are only ever appended;
 * the current state is the last entry.
 */
@Component
public class ConsentLedger {

	private final JdbcClient jdbc;

	ConsentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that a person was asked, with the wording they were shown. */
	@Transactional
	public void requested(UUID personId, Purpose purpose, String subject, String wording, Language language,
			Instant now) {
		append(personId, purpose, subject, wording, language, ConsentEntry.Event.REQUESTED, now);
	}

	/** Records that a person confirmed what they were asked with that wording. */
	@Transactional
	public void confirmed(UUID personId, Purpose purpose, String subject, String wording, Language language,
			Instant now) {
		append(personId, purpose, subject, wording, language, ConsentEntry.Event.CONFIRMED, now);
	}

	/**
	 * Records that a person withdrew; the wording is what they were shown to withdraw.
	 */
	@Transactional
	public void withdrawn(UUID personId, Purpose purpose, String subject, String wording, Language language,
			Instant now) {
		append(personId, purpose, subject, wording, language, ConsentEntry.Event.WITHDRAWN, now);
	}

	/** Whether the person's last word on this purpose and subject is a confirmation. */
	public boolean holds(UUID personId, Purpose purpose, String subject) {
		return last(personId, purpose, subject).filter((entry) -> entry.event() == ConsentEntry.Event.CONFIRMED)
			.isPresent();
	}

	/** The last entry for this person, purpose and subject. */
	public Optional<ConsentEntry> last(UUID personId, Purpose purpose, String subject) {
		return this.jdbc.sql(SELECT + " where c.person_id = ? and c.purpose = ? and c.subject = ? order by c.id desc")
			.params(personId, purpose.name(), subject)
			.query((rs, row) -> entry(rs))
			.list()
			.stream()
			.findFirst();
	}

	/** Every entry of a person, oldest first, with their wordings. */
	public List<ConsentEntry> entries(UUID personId) {
		return this.jdbc.sql(SELECT + " where c.person_id = ? order by c.id")
			.param(personId)
			.query((rs, row) -> entry(rs))
			.list();
	}

	/** The SHA-256 of a wording, in hexadecimal. */
	public static String hash(String wording) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(wording.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final String SELECT = """
			select c.purpose, c.subject, c.event, c.wording_hash, c.language, w.wording, c.recorded_at
			from mobilisation_consent c join mobilisation_consent_wording w on w.wording_hash = c.wording_hash""";

	private static ConsentEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ConsentEntry(Purpose.valueOf(rs.getString("purpose")), rs.getString("subject"),
				ConsentEntry.Event.valueOf(rs.getString("event")), rs.getString("wording_hash"),
				Language.fromCode(rs.getString("language")).orElse(Language.FR), rs.getString("wording"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private void append(UUID personId, Purpose purpose, String subject, String wording, Language language,
			ConsentEntry.Event event, Instant now) {
		if (wording == null || wording.isBlank() || wording.length() > 4000) {
			throw new IllegalArgumentException("A consent needs the wording the person was shown");
		}
		String hash = hash(wording);
		boolean known = this.jdbc.sql("select count(*) from mobilisation_consent_wording where wording_hash = ?")
			.param(hash)
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			// Written only when missing, in one statement. Two first sign-ups with the
			// same
			// new wording at the same moment can still clash on its key: the loser's
			// transaction fails with a DuplicateKeyException and its caller retries once
			// in
			// a new transaction, when the wording is known (campaigns, statements and
			// workshops do).
			this.jdbc.sql("""
					insert into mobilisation_consent_wording (wording_hash, language, wording, first_shown_at)
					select ?, ?, ?, ? from (values (1)) one
					where not exists (select 1 from mobilisation_consent_wording where wording_hash = ?)""")
				.params(hash, language.code(), wording, Timestamp.from(now), hash)
				.update();
		}
		this.jdbc
			.sql("""
					insert into mobilisation_consent (person_id, purpose, subject, wording_hash, language, event, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
			.params(personId, purpose.name(), subject, hash, language.code(), event.name(), Timestamp.from(now))
			.update();
	}

}
