package org.vigie.fundraising.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

/**
 * Runners' and teams' pages in the database. The owner's email is sealed with the
 * server's keys and found again only by its keyed hash, so that "manage my page" can
 * write to the owner without the address ever being readable from the database.
 */
@Component
class RunnerPages {

	static final String OWNER_HASH = "fundraising-page-owner";

	static final String OWNER_SEAL = "fundraising-page-owner";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	RunnerPages(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Stores a new page, hidden until its owner publishes it. */
	UUID create(UUID campaignId, PageForm.Valid page, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fundraising_page (id, campaign_id, team_id, kind, slug, display_name, goal_cents, story,
					language, owner_email_sealed, owner_key_hash, hidden, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""")
			.params(id, campaignId, page.teamId(), page.kind().name(), page.slug(), page.name(), page.goalCents(),
					page.story(), page.language().code(), this.keys.seal(page.email(), OWNER_SEAL),
					ownerHash(page.email()), Timestamp.from(now))
			.update();
		return id;
	}

	/** Whether a slug is taken under a campaign, by any page, published or not. */
	boolean slugTaken(UUID campaignId, String slug) {
		return this.jdbc.sql("select count(*) from fundraising_page where campaign_id = ? and slug = ?")
			.params(campaignId, slug)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Frees the addresses of pages created but never published once their links have
	 * expired, unless money was already credited to them.
	 */
	int forgetUnpublished(UUID campaignId, Instant before) {
		return this.jdbc.sql("""
				delete from fundraising_page p where p.campaign_id = ? and p.hidden = true and p.published_at is null
				and p.created_at < ? and p.owner_key_hash is not null
				and not exists (select 1 from fundraising_gift g where g.page_id = p.id)
				and not exists (select 1 from fundraising_ledger l where l.page_id = p.id)
				and not exists (select 1 from fundraising_page m where m.team_id = p.id)""")
			.params(campaignId, Timestamp.from(before))
			.update();
	}

	Optional<RunnerPage> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_page where id = ?")
			.param(id)
			.query((rs, row) -> page(rs))
			.optional();
	}

	Optional<RunnerPage> bySlug(UUID campaignId, String slug) {
		return this.jdbc.sql("select * from fundraising_page where campaign_id = ? and slug = ?")
			.params(campaignId, slug)
			.query((rs, row) -> page(rs))
			.optional();
	}

	/** Every page of a campaign, hidden ones too, by name. */
	List<RunnerPage> ofCampaign(UUID campaignId) {
		return this.jdbc.sql("select * from fundraising_page where campaign_id = ? order by display_name, slug")
			.param(campaignId)
			.query((rs, row) -> page(rs))
			.list();
	}

	/** The pages of a campaign whose owner has that email. */
	List<RunnerPage> ownedBy(UUID campaignId, String email) {
		return this.jdbc.sql("select * from fundraising_page where campaign_id = ? and owner_key_hash = ?")
			.params(campaignId, ownerHash(email))
			.query((rs, row) -> page(rs))
			.list();
	}

	/** The owner's email, opened to write to them. */
	Optional<String> ownerEmail(UUID pageId) {
		return this.jdbc.sql("select owner_email_sealed from fundraising_page where id = ?")
			.param(pageId)
			.query(String.class)
			.optional()
			.map((sealed) -> this.keys.open(sealed, OWNER_SEAL));
	}

	/** Shows a page, and remembers when it was first published. */
	void publish(UUID pageId, Instant now) {
		this.jdbc.sql("""
				update fundraising_page set hidden = false, published_at = coalesce(published_at, ?) where id = ?""")
			.params(Timestamp.from(now), pageId)
			.update();
	}

	/** What an owner may change: the story, the goal, whether the public sees it. */
	void change(UUID pageId, String story, long goalCents, boolean hidden, Instant now) {
		this.jdbc.sql("update fundraising_page set story = ?, goal_cents = ?, hidden = ? where id = ?")
			.params(story, goalCents, hidden, pageId)
			.update();
		if (!hidden) {
			publish(pageId, now);
		}
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private String ownerHash(String email) {
		return this.keys.keyedHash(OWNER_HASH, normalise(email));
	}

	private static RunnerPage page(ResultSet rs) throws SQLException {
		return new RunnerPage(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("team_id", UUID.class), PageKind.valueOf(rs.getString("kind")), rs.getString("slug"),
				rs.getString("display_name"), rs.getLong("goal_cents"), rs.getString("story"),
				Language.fromCode(rs.getString("language")).orElse(Language.FR), rs.getBoolean("hidden"));
	}

}
