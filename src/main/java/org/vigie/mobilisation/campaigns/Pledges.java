package org.vigie.mobilisation.campaigns;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.site.Language;

/**
 * The pledges: one per person and campaign, whatever how often they join. Joining again
 * before confirming updates what they gave; joining again after confirming changes
 * nothing, so a confirmed pledge never becomes unconfirmed. A pledge counts from its
 * first confirmation, marked by a guarded update that only one confirmation can win.
 */
@Component("mobilisation.campaigns.Pledges")
public class Pledges {

	/** The letters of relay codes: no vowels, so no word is spelt by chance. */
	private static final char[] CODE_LETTERS = "bcdfghjkmnpqrstvwxz23456789".toCharArray();

	/**
	 * Ten of 27 letters: about 47 bits, out of reach of guessing at any rate we allow.
	 */
	static final int CODE_LENGTH = 10;

	private static final String COLUMNS = """
			id, campaign_id, person_id, first_name, city, country, on_wall, news, language, relay_code, referrer_id,
			created_at, confirmed_at""";

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	Pledges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The person's pledge to the campaign, recorded or updated with what they gave now
	 * when it is not yet confirmed. Needs no transaction of its own: call it before the
	 * one that asks for the confirmation (two sign-ups at once give one pledge).
	 */
	public Pledge record(Supporting supporting, Instant now) {
		Optional<Pledge> known = find(supporting.campaignId(), supporting.personId());
		if (known.isPresent()) {
			this.jdbc.sql("""
					update mobilisation_campaigns_pledge set first_name = ?, city = ?, country = ?, on_wall = ?,
						news = ?, language = ? where id = ? and confirmed_at is null""")
				.params(supporting.firstName(), supporting.city(), supporting.country(), supporting.onWall(),
						supporting.news(), supporting.language().code(), known.get().id())
				.update();
			return byId(known.get().id()).orElseThrow();
		}
		UUID referrer = (supporting.via() != null)
				? byCode(supporting.via()).filter((pledge) -> pledge.campaignId().equals(supporting.campaignId()))
					.map(Pledge::id)
					.orElse(null)
				: null;
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("insert into mobilisation_campaigns_pledge (" + COLUMNS
						+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)")
				.params(id, supporting.campaignId(), supporting.personId(), supporting.firstName(), supporting.city(),
						supporting.country(), supporting.onWall(), supporting.news(), supporting.language().code(),
						newCode(), referrer, Timestamp.from(now))
				.update();
			return byId(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			return find(supporting.campaignId(), supporting.personId()).orElseThrow(() -> ex);
		}
	}

	/**
	 * Marks a pledge confirmed; whether this call did it (false when it already was, or
	 * is gone).
	 */
	public boolean confirm(UUID pledgeId, Instant now) {
		return this.jdbc
			.sql("update mobilisation_campaigns_pledge set confirmed_at = ? where id = ? and confirmed_at is null")
			.params(Timestamp.from(now), pledgeId)
			.update() == 1;
	}

	public Optional<Pledge> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mobilisation_campaigns_pledge where id = ?")
			.param(id)
			.query((rs, row) -> pledge(rs))
			.optional();
	}

	/** The pledge whose personal link carries this code. */
	public Optional<Pledge> byCode(String code) {
		if (code == null || code.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " from mobilisation_campaigns_pledge where relay_code = ?")
			.param(code)
			.query((rs, row) -> pledge(rs))
			.optional();
	}

	/** A person's pledge to a campaign. */
	public Optional<Pledge> find(UUID campaignId, UUID personId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from mobilisation_campaigns_pledge where campaign_id = ? and person_id = ?")
			.params(campaignId, personId)
			.query((rs, row) -> pledge(rs))
			.optional();
	}

	/** Every pledge of a person, for their export. */
	public List<Pledge> of(UUID personId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from mobilisation_campaigns_pledge where person_id = ? order by created_at")
			.param(personId)
			.query((rs, row) -> pledge(rs))
			.list();
	}

	/** How many confirmed pledges came through this pledge's personal link. */
	public int joinedThrough(UUID pledgeId) {
		return this.jdbc.sql(
				"select count(*) from mobilisation_campaigns_pledge where referrer_id = ? and confirmed_at is not null")
			.param(pledgeId)
			.query(Integer.class)
			.single();
	}

	private String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_LETTERS[this.random.nextInt(CODE_LETTERS.length)];
		}
		return new String(code);
	}

	static Pledge pledge(ResultSet rs) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Pledge(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("first_name"), rs.getString("city"),
				rs.getString("country"), rs.getBoolean("on_wall"), rs.getBoolean("news"),
				Language.fromCode(rs.getString("language")).orElse(Language.FR), rs.getString("relay_code"),
				rs.getObject("referrer_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				(confirmed != null) ? confirmed.toInstant() : null);
	}

}
