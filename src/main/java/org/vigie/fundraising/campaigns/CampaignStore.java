package org.vigie.fundraising.campaigns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;

/**
 * Campaigns, their texts, stretch goals and updates in the database. Donors read the same
 * few campaigns on every page, so the list is kept in memory for {@link #FRESHNESS} at
 * most: a change made on this node is seen at once, one made on another node within that
 * time.
 */
@Component
public class CampaignStore {

	/** How long a node may show a campaign as it was before another node changed it. */
	public static final Duration FRESHNESS = Duration.ofSeconds(30);

	/** The largest goal a campaign may set: ten million euros. */
	public static final long MAX_GOAL_CENTS = 1_000_000_000L;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

	private final JdbcClient jdbc;

	private final Set<String> reservedSlugs;

	private final Cache<String, List<Campaign>> campaigns = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build();

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.reservedSlugs = ReservedSlugs.WORDS;
	}

	/** Every campaign, published or not, in list order. */
	public List<Campaign> all() {
		return this.campaigns.get("all", (any) -> load());
	}

	/** The campaigns the public sees, in list order. */
	public List<Campaign> published() {
		return all().stream().filter(Campaign::published).toList();
	}

	public Optional<Campaign> byId(UUID id) {
		return all().stream().filter((campaign) -> campaign.id().equals(id)).findFirst();
	}

	public Optional<Campaign> byKey(String key) {
		return all().stream().filter((campaign) -> campaign.key().equals(key)).findFirst();
	}

	/**
	 * The published campaign whose address in {@code language} ends with {@code slug}.
	 */
	public Optional<Campaign> publishedBySlug(Language language, String slug) {
		return published().stream().filter((campaign) -> campaign.text(language).slug().equals(slug)).findFirst();
	}

	/** Whether no campaign exists yet, for the demo content. */
	public boolean isEmpty() {
		return this.jdbc.sql("select count(*) from fundraising_campaign").query(Long.class).single() == 0;
	}

	/**
	 * Stores a campaign, new ({@code id} {@code null}) or changed.
	 * @return its id
	 * @throws CampaignRefused when it breaks a rule
	 */
	@Transactional
	public UUID save(Campaign campaign, Instant now) {
		check(campaign);
		Timestamp at = Timestamp.from(now);
		UUID id = campaign.id();
		Optional<UUID> sameKey = this.jdbc.sql("select id from fundraising_campaign where campaign_key = ?")
			.param(campaign.key())
			.query(UUID.class)
			.optional();
		if (sameKey.isPresent() && !sameKey.get().equals(id)) {
			throw new CampaignRefused("fundraising.campaign.problem.keyTaken", campaign.key());
		}
		for (Language language : Language.all()) {
			String slug = campaign.text(language).slug();
			boolean taken = this.jdbc.sql(
					"select count(*) from fundraising_campaign_text where language = ? and slug = ? and campaign_id <> ?")
				.params(language.code(), slug, (id != null) ? id : new UUID(0, 0))
				.query(Long.class)
				.single() > 0;
			if (taken) {
				throw new CampaignRefused("fundraising.campaign.problem.slugTaken", language.code(), slug);
			}
		}
		if (id == null) {
			id = UUID.randomUUID();
			this.jdbc
				.sql("""
						insert into fundraising_campaign (id, campaign_key, kind, goal_cents, opens_on, closes_on, keep_it_all,
							deductible, published, position, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, campaign.key(), campaign.kind().name(), campaign.goalCents(),
						Date.valueOf(campaign.opensOn()), date(campaign.closesOn()), campaign.keepItAll(),
						campaign.deductible(), campaign.published(), campaign.position(), at, at)
				.update();
		}
		else {
			int changed = this.jdbc
				.sql("""
						update fundraising_campaign set kind = ?, goal_cents = ?, opens_on = ?, closes_on = ?, keep_it_all = ?,
							deductible = ?, published = ?, position = ?, updated_at = ? where id = ?""")
				.params(campaign.kind().name(), campaign.goalCents(), Date.valueOf(campaign.opensOn()),
						date(campaign.closesOn()), campaign.keepItAll(), campaign.deductible(), campaign.published(),
						campaign.position(), at, id)
				.update();
			if (changed == 0) {
				throw new CampaignRefused("fundraising.campaign.problem.gone");
			}
			this.jdbc.sql("delete from fundraising_campaign_text where campaign_id = ?").param(id).update();
			this.jdbc.sql("delete from fundraising_stretch_goal where campaign_id = ?").param(id).update();
		}
		for (Language language : Language.all()) {
			CampaignText text = campaign.text(language);
			this.jdbc.sql("""
					insert into fundraising_campaign_text (campaign_id, language, slug, title, summary, story, thanks)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, language.code(), text.slug(), text.title().strip(), text.summary().strip(),
						text.story().strip(), text.thanks().strip())
				.update();
		}
		for (StretchGoal goal : campaign.stretchGoals()) {
			for (Language language : Language.all()) {
				this.jdbc.sql(
						"insert into fundraising_stretch_goal (campaign_id, amount_cents, language, label) values (?, ?, ?, ?)")
					.params(id, goal.amountCents(), language.code(), goal.labels().get(language).strip())
					.update();
			}
		}
		this.campaigns.invalidateAll();
		return id;
	}

	/**
	 * Posts an update on a campaign's page in one language.
	 * @throws CampaignRefused when its title or body is empty or too long
	 */
	@Transactional
	public UUID addUpdate(UUID campaignId, Language language, LocalDate publishedOn, String title, String body) {
		if (title == null || title.isBlank() || title.strip().length() > 120) {
			throw new CampaignRefused("fundraising.campaign.problem.updateTitle", 120);
		}
		if (body == null || body.isBlank() || body.strip().length() > 8000) {
			throw new CampaignRefused("fundraising.campaign.problem.updateBody", 8000);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fundraising_update (id, campaign_id, published_on, language, title, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, campaignId, Date.valueOf(publishedOn), language.code(), title.strip(), body.strip())
			.update();
		return id;
	}

	/** A campaign's updates in a language, newest first. */
	public List<CampaignUpdate> updates(UUID campaignId, Language language) {
		return this.jdbc.sql("""
				select id, published_on, title, body from fundraising_update where campaign_id = ? and language = ?
				order by published_on desc, title""")
			.params(campaignId, language.code())
			.query((rs, row) -> new CampaignUpdate(rs.getObject("id", UUID.class),
					rs.getDate("published_on").toLocalDate(), rs.getString("title"), rs.getString("body")))
			.list();
	}

	void check(Campaign campaign) {
		if (campaign.key() == null || !KEY.matcher(campaign.key()).matches()) {
			throw new CampaignRefused("fundraising.campaign.problem.key");
		}
		if (campaign.goalCents() < 100 || campaign.goalCents() > MAX_GOAL_CENTS) {
			throw new CampaignRefused("fundraising.campaign.problem.goal", MAX_GOAL_CENTS / 100);
		}
		if (campaign.opensOn() == null) {
			throw new CampaignRefused("fundraising.campaign.problem.opens");
		}
		if (campaign.closesOn() != null && campaign.closesOn().isBefore(campaign.opensOn())) {
			throw new CampaignRefused("fundraising.campaign.problem.closes");
		}
		long previous = campaign.goalCents();
		for (StretchGoal goal : campaign.stretchGoals()) {
			if (goal.amountCents() <= previous || goal.amountCents() > MAX_GOAL_CENTS) {
				throw new CampaignRefused("fundraising.campaign.problem.stretch");
			}
			previous = goal.amountCents();
			for (Language language : Language.all()) {
				String label = goal.labels().get(language);
				if (label == null || label.isBlank() || label.strip().length() > 200) {
					throw new CampaignRefused("fundraising.campaign.problem.stretchLabel", language.code(), 200);
				}
			}
		}
		for (Language language : Language.all()) {
			CampaignText text = campaign.texts().get(language);
			if (text == null) {
				throw new CampaignRefused("fundraising.campaign.problem.missing", language.code());
			}
			if (text.slug() == null || !SLUG.matcher(text.slug()).matches()) {
				throw new CampaignRefused("fundraising.campaign.problem.slug", language.code());
			}
			if (this.reservedSlugs.contains(text.slug())) {
				throw new CampaignRefused("fundraising.campaign.problem.slugReserved", language.code(), text.slug());
			}
			limit(language, "title", text.title(), 120, true);
			limit(language, "summary", text.summary(), 300, true);
			limit(language, "story", text.story(), 20000, true);
			limit(language, "thanks", text.thanks(), 4000, true);
		}
	}

	private static void limit(Language language, String field, String value, int max, boolean required) {
		if ((value == null || value.isBlank()) && required) {
			throw new CampaignRefused("fundraising.campaign.problem.empty", language.code(), field);
		}
		if (value != null && value.strip().length() > max) {
			throw new CampaignRefused("fundraising.campaign.problem.tooLong", language.code(), field, max);
		}
	}

	private List<Campaign> load() {
		Map<UUID, Map<Language, CampaignText>> texts = new LinkedHashMap<>();
		this.jdbc.sql("select * from fundraising_campaign_text").query((ResultSet rs) -> {
			Language language = Language.fromCode(rs.getString("language")).orElseThrow();
			texts.computeIfAbsent(rs.getObject("campaign_id", UUID.class), (any) -> new EnumMap<>(Language.class))
				.put(language, new CampaignText(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
						rs.getString("story"), rs.getString("thanks")));
		});
		Map<UUID, Map<Long, Map<Language, String>>> goals = new LinkedHashMap<>();
		this.jdbc.sql("select * from fundraising_stretch_goal").query((ResultSet rs) -> {
			goals.computeIfAbsent(rs.getObject("campaign_id", UUID.class), (any) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong("amount_cents"), (any) -> new EnumMap<>(Language.class))
				.put(Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("label"));
		});
		return this.jdbc.sql("select * from fundraising_campaign order by position, created_at")
			.query((rs, row) -> campaign(rs, texts, goals))
			.list();
	}

	private static Campaign campaign(ResultSet rs, Map<UUID, Map<Language, CampaignText>> texts,
			Map<UUID, Map<Long, Map<Language, String>>> goals) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<StretchGoal> stretch = new ArrayList<>();
		goals.getOrDefault(id, Map.of()).forEach((amount, labels) -> stretch.add(new StretchGoal(amount, labels)));
		Date closes = rs.getDate("closes_on");
		return new Campaign(id, rs.getString("campaign_key"), CampaignKind.valueOf(rs.getString("kind")),
				rs.getLong("goal_cents"), rs.getDate("opens_on").toLocalDate(),
				(closes != null) ? closes.toLocalDate() : null, rs.getBoolean("keep_it_all"),
				rs.getBoolean("deductible"), rs.getBoolean("published"), rs.getInt("position"),
				texts.getOrDefault(id, Map.of()), stretch);
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

}
