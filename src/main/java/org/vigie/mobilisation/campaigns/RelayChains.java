package org.vigie.mobilisation.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a campaign travelled from person to person: among confirmed pledges, how many came
 * through a personal link, how deep the chains go (depth 0 joined directly, depth 1
 * through someone who joined directly…), and the links that brought most people, directly
 * and down their whole chain. Relays are named by their link's code, never by the person.
 */
@Component("mobilisation.campaigns.RelayChains")
public class RelayChains {

	/** The deepest chain followed; deeper pledges count at this depth. */
	static final int MAX_DEPTH = 50;

	private final JdbcClient jdbc;

	RelayChains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A campaign's relays.
	 *
	 * @param confirmed confirmed pledges
	 * @param throughLinks those that came through a personal link
	 * @param byDepth confirmed pledges at each depth
	 * @param top the links that brought most people
	 */
	public record Summary(int confirmed, int throughLinks, Map<Integer, Integer> byDepth, List<Relay> top) {
	}

	/**
	 * One personal link.
	 *
	 * @param code its code
	 * @param direct confirmed pledges made through it
	 * @param chain confirmed pledges down its whole chain
	 */
	public record Relay(String code, int direct, int chain) {
	}

	public Summary of(UUID campaignId) {
		Map<UUID, UUID> referrers = new HashMap<>();
		Map<UUID, String> codes = new HashMap<>();
		this.jdbc.sql("""
				select id, referrer_id, relay_code from mobilisation_campaigns_pledge
				where campaign_id = ? and confirmed_at is not null""").param(campaignId).query((rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			referrers.put(id, rs.getObject("referrer_id", UUID.class));
			codes.put(id, rs.getString("relay_code"));
		});
		Map<Integer, Integer> byDepth = new TreeMap<>();
		Map<UUID, Integer> direct = new HashMap<>();
		Map<UUID, Integer> chain = new HashMap<>();
		int through = 0;
		for (UUID id : referrers.keySet()) {
			UUID referrer = referrers.get(id);
			if (referrer != null && referrers.containsKey(referrer)) {
				through++;
				direct.merge(referrer, 1, Integer::sum);
			}
			int depth = 0;
			for (UUID up = referrer; up != null && referrers.containsKey(up)
					&& depth < MAX_DEPTH; up = referrers.get(up)) {
				chain.merge(up, 1, Integer::sum);
				depth++;
			}
			byDepth.merge(depth, 1, Integer::sum);
		}
		List<Relay> top = new ArrayList<>();
		chain.forEach((id, count) -> top.add(new Relay(codes.get(id), direct.getOrDefault(id, 0), count)));
		top.sort(Comparator.comparingInt(Relay::chain).reversed().thenComparing(Relay::code));
		return new Summary(referrers.size(), through, byDepth, top.subList(0, Math.min(10, top.size())));
	}

}
