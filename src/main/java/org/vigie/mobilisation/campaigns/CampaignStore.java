package org.vigie.mobilisation.campaigns;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;

/**
 * The campaigns. They are few and read on every campaign page, so the list is kept in
 * memory for {@link #FRESHNESS} at most: a change made on this node is seen at once, one
 * made on another node within that time.
 */
@Component("mobilisation.campaigns.CampaignStore")
public class CampaignStore {

	/** How long a node may show a campaign as it was before another node changed it. */
	public static final Duration FRESHNESS = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Cache<String, List<Campaign>> campaigns = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build();

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every campaign, published or not, the newest first. */
	public List<Campaign> all() {
		return this.campaigns.get("all", (any) -> load());
	}

	/** The campaigns the public sees, the newest first. */
	public List<Campaign> published() {
		return all().stream().filter(Campaign::published).toList();
	}

	/** The campaigns people can join that day. */
	public List<Campaign> open(LocalDate today) {
		return all().stream().filter((campaign) -> campaign.isOpenOn(today)).toList();
	}

	public Optional<Campaign> byId(UUID id) {
		return all().stream().filter((campaign) -> campaign.id().equals(id)).findFirst();
	}

	public Optional<Campaign> byKey(String key) {
		return all().stream().filter((campaign) -> campaign.key().equals(key)).findFirst();
	}

	/** The published campaign at that slug in that language. */
	public Optional<Campaign> bySlug(Language language, String slug) {
		return published().stream().filter((campaign) -> campaign.text(language).slug().equals(slug)).findFirst();
	}

	/**
	 * Stores a campaign, new (its id not yet known) or changed; its key never changes.
	 * @throws CampaignRefused when it breaks a rule or takes another campaign's key or
	 * slug
	 */
	@Transactional
	public Campaign save(Campaign campaign, Instant now) {
		CampaignRules.check(campaign);
		Optional<Campaign> known = byId(campaign.id());
		for (Campaign other : all()) {
			if (!other.id().equals(campaign.id())) {
				if (other.key().equals(campaign.key())) {
					throw new CampaignRefused("mobilisation.campaigns.refused.keyTaken", "key");
				}
				for (Language language : Language.all()) {
					if (other.text(language).slug().equals(campaign.text(language).slug())) {
						throw new CampaignRefused("mobilisation.campaigns.refused.slugTaken",
								"slug_" + language.code());
					}
				}
			}
		}
		try {
			write(campaign, known.isPresent(), now);
		}
		catch (DuplicateKeyException ex) {
			throw new CampaignRefused("mobilisation.campaigns.refused.slugTaken", null);
		}
		finally {
			this.campaigns.invalidateAll();
		}
		return campaign;
	}

	private void write(Campaign campaign, boolean known, Instant now) {
		Date closes = (campaign.closesOn() != null) ? Date.valueOf(campaign.closesOn()) : null;
		if (known) {
			this.jdbc.sql("""
					update mobilisation_campaigns_campaign set goal = ?, opens_on = ?, closes_on = ?, published = ?,
						image_path = ?, updated_at = ? where id = ?""")
				.params(campaign.goal(), Date.valueOf(campaign.opensOn()), closes, campaign.published(),
						campaign.imagePath(), Timestamp.from(now), campaign.id())
				.update();
			this.jdbc.sql("delete from mobilisation_campaigns_text where campaign_id = ?")
				.param(campaign.id())
				.update();
		}
		else {
			this.jdbc.sql("""
					insert into mobilisation_campaigns_campaign (id, campaign_key, goal, opens_on, closes_on, published,
						image_path, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(campaign.id(), campaign.key(), campaign.goal(), Date.valueOf(campaign.opensOn()), closes,
						campaign.published(), campaign.imagePath(), Timestamp.from(now), Timestamp.from(now))
				.update();
		}
		for (Language language : Language.all()) {
			CampaignText text = campaign.text(language);
			this.jdbc
				.sql("""
						insert into mobilisation_campaigns_text (campaign_id, language, slug, title, summary, story, share_text)
						values (?, ?, ?, ?, ?, ?, ?)""")
				.params(campaign.id(), language.code(), text.slug(), text.title().strip(), text.summary().strip(),
						text.story().strip(), text.shareText().strip())
				.update();
		}
	}

	private List<Campaign> load() {
		Map<UUID, Map<Language, CampaignText>> texts = new HashMap<>();
		this.jdbc.sql(
				"select campaign_id, language, slug, title, summary, story, share_text from mobilisation_campaigns_text")
			.query((rs) -> {
				Language language = Language.fromCode(rs.getString("language")).orElse(null);
				if (language != null) {
					texts
						.computeIfAbsent(rs.getObject("campaign_id", UUID.class), (id) -> new EnumMap<>(Language.class))
						.put(language, new CampaignText(rs.getString("slug"), rs.getString("title"),
								rs.getString("summary"), rs.getString("story"), rs.getString("share_text")));
				}
			});
		List<Campaign> all = new ArrayList<>();
		this.jdbc.sql("""
				select id, campaign_key, goal, opens_on, closes_on, published, image_path
				from mobilisation_campaigns_campaign order by opens_on desc, campaign_key""").query((rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			Map<Language, CampaignText> own = texts.getOrDefault(id, Map.of());
			if (own.size() == Language.all().size()) {
				Date closes = rs.getDate("closes_on");
				all.add(new Campaign(id, rs.getString("campaign_key"), rs.getInt("goal"),
						rs.getDate("opens_on").toLocalDate(), (closes != null) ? closes.toLocalDate() : null,
						rs.getBoolean("published"), rs.getString("image_path"), own));
			}
		});
		return List.copyOf(all);
	}

}
