package org.vigie.mobilisation.campaigns;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.people.PersonalData;

/**
 * What campaigns hold about a person: their pledges. Erasing keeps a confirmed pledge in
 * the counts (and its country, counted only by fives) but drops its first name and city
 * and takes it off the wall; pledges never confirmed are deleted, at the person's request
 * or after {@link PersonalData#UNCONFIRMED_KEPT_DAYS} days.
 */
@Component("mobilisation.campaigns.PledgeData")
class PledgeData implements PersonalData {

	private final JdbcClient jdbc;

	private final Pledges pledges;

	private final CampaignStore campaigns;

	PledgeData(JdbcClient jdbc, Pledges pledges, CampaignStore campaigns) {
		this.jdbc = jdbc;
		this.pledges = pledges;
		this.campaigns = campaigns;
	}

	@Override
	public String area() {
		return "pledges";
	}

	@Override
	public List<Item> export(UUID personId) {
		List<Item> items = new ArrayList<>();
		for (Pledge pledge : this.pledges.of(personId)) {
			String campaign = this.campaigns.byId(pledge.campaignId()).map(Campaign::key).orElse("?");
			items.add(new Item("mobilisation.campaigns.export.pledge", campaign, pledge.createdAt()));
			add(items, "mobilisation.campaigns.export.firstName", pledge.firstName());
			add(items, "mobilisation.campaigns.export.city", pledge.city());
			add(items, "mobilisation.campaigns.export.country", pledge.country());
			items.add(new Item("mobilisation.campaigns.export.wall", String.valueOf(pledge.onWall()), null));
			items.add(new Item("mobilisation.campaigns.export.news", String.valueOf(pledge.news()), null));
			items.add(new Item("mobilisation.campaigns.export.code", pledge.relayCode(), null));
			if (pledge.confirmed()) {
				items.add(new Item("mobilisation.campaigns.export.confirmed", campaign, pledge.confirmedAt()));
			}
		}
		return items;
	}

	private static void add(List<Item> items, String label, String value) {
		if (value != null) {
			items.add(new Item(label, value, null));
		}
	}

	@Override
	public void erase(UUID personId, Instant now) {
		this.jdbc.sql("""
				update mobilisation_campaigns_pledge set referrer_id = null where referrer_id in
					(select id from mobilisation_campaigns_pledge where person_id = ? and confirmed_at is null)""")
			.param(personId)
			.update();
		this.jdbc.sql("delete from mobilisation_campaigns_pledge where person_id = ? and confirmed_at is null")
			.param(personId)
			.update();
		this.jdbc.sql("""
				update mobilisation_campaigns_pledge set first_name = null, city = null, on_wall = false, news = false
				where person_id = ?""").param(personId).update();
	}

	@Override
	public int forgetUnconfirmed(Instant createdBefore) {
		Timestamp before = Timestamp.from(createdBefore);
		this.jdbc.sql("""
				update mobilisation_campaigns_pledge set referrer_id = null where referrer_id in
					(select id from mobilisation_campaigns_pledge where confirmed_at is null and created_at < ?)""")
			.param(before)
			.update();
		return this.jdbc.sql("delete from mobilisation_campaigns_pledge where confirmed_at is null and created_at < ?")
			.param(before)
			.update();
	}

}
