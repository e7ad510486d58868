package org.vigie.mobilisation.campaigns;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's live figures: confirmed pledges only, the public wall (first name and city
 * of those who agreed), and countries with at least {@link #COUNTRY_THRESHOLD} supporters
 * (fewer could point at a person). A campaign page is read far more often than anybody
 * confirms, so each node keeps the figures for {@link #LIVE} at most and forgets them at
 * once when a pledge is confirmed on it: another node's confirmation shows within a
 * second. That keeps a campaign page at no query in a burst of readers.
 */
@Component("mobilisation.campaigns.Counter")
public class Counter {

	/** How long a node serves a campaign's figures before counting again. */
	public static final Duration LIVE = Duration.ofSeconds(1);

	/** Countries with fewer supporters are not shown. */
	public static final int COUNTRY_THRESHOLD = 5;

	/** How many supporters the wall shows. */
	static final int WALL_SIZE = 12;

	private final JdbcClient jdbc;

	private final Cache<UUID, CampaignFigures> figures = Caffeine.newBuilder()
		.expireAfterWrite(LIVE)
		.maximumSize(1000)
		.build();

	Counter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The campaign's figures, at most {@link #LIVE} old. */
	public CampaignFigures figures(UUID campaignId) {
		return this.figures.get(campaignId, this::count);
	}

	/** Forgets a campaign's figures after a confirmation on this node. */
	public void changed(UUID campaignId) {
		this.figures.invalidate(campaignId);
	}

	private CampaignFigures count(UUID campaignId) {
		int supporters = this.jdbc
			.sql("""
					select count(*) from mobilisation_campaigns_pledge where campaign_id = ? and confirmed_at is not null""")
			.param(campaignId)
			.query(Integer.class)
			.single();
		List<CampaignFigures.WallEntry> wall = this.jdbc.sql("""
				select first_name, city from mobilisation_campaigns_pledge
				where campaign_id = ? and confirmed_at is not null and on_wall = true and first_name is not null
				order by confirmed_at desc, id fetch first %d rows only""".formatted(WALL_SIZE))
			.param(campaignId)
			.query((rs, row) -> new CampaignFigures.WallEntry(rs.getString("first_name"), rs.getString("city")))
			.list();
		List<CampaignFigures.CountryCount> countries = this.jdbc.sql("""
				select country, count(*) as supporters from mobilisation_campaigns_pledge
				where campaign_id = ? and confirmed_at is not null and country is not null
				group by country having count(*) >= ? order by count(*) desc, country""")
			.params(campaignId, COUNTRY_THRESHOLD)
			.query((rs, row) -> new CampaignFigures.CountryCount(rs.getString("country"), rs.getInt("supporters")))
			.list();
		return new CampaignFigures(supporters, wall, countries);
	}

}
