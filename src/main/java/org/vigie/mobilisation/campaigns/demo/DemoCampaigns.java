package org.vigie.mobilisation.campaigns.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignStore;
import org.vigie.mobilisation.campaigns.CampaignText;
import org.vigie.mobilisation.campaigns.Pledge;
import org.vigie.mobilisation.campaigns.Pledges;
import org.vigie.mobilisation.campaigns.Supporting;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * At start-up, the Blue Heart demo campaign ({@code mobilisation/demo/campaigns.yaml})
 * goes into a database that does not have it yet, unless
 * {@code vigie.demo.enabled=false}. Its supporters are fictitious
 * ({@code @example.invalid} addresses), their pledges written confirmed straight away,
 * some through each other's links: no email leaves, no consent is invented, and loading
 * again changes nothing.
 */
@Component("mobilisation.campaigns.DemoCampaigns")
class DemoCampaigns implements SmartInitializingSingleton {

	static final String LOCATION = "mobilisation/demo/campaigns.yaml";

	private final CampaignStore campaigns;

	private final Pledges pledges;

	private final People people;

	private final Clock clock;

	private final SiteProperties site;

	private final boolean enabled;

	DemoCampaigns(CampaignStore campaigns, Pledges pledges, People people, Clock clock, SiteProperties site,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.campaigns = campaigns;
		this.pledges = pledges;
		this.people = people;
		this.clock = clock;
		this.site = site;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads what is missing; the number of campaigns added. */
	@SuppressWarnings("unchecked")
	int load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = this.clock.instant();
		int added = 0;
		for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("campaigns")) {
			if (this.campaigns.byKey((String) entry.get("key")).isPresent()) {
				continue;
			}
			Campaign campaign = this.campaigns.save(campaign(entry, LocalDate.ofInstant(now, this.site.timeZone())),
					now);
			supporters(campaign, (List<List<Object>>) entry.get("supporters"), now);
			added++;
		}
		return added;
	}

	@SuppressWarnings("unchecked")
	private Campaign campaign(Map<String, Object> entry, LocalDate today) {
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		Map<String, Map<String, Object>> typed = (Map<String, Map<String, Object>>) entry.get("texts");
		for (Language language : Language.all()) {
			Map<String, Object> text = typed.get(language.code());
			texts.put(language, new CampaignText((String) text.get("slug"), (String) text.get("title"),
					(String) text.get("summary"), (String) text.get("story"), (String) text.get("share")));
		}
		return new Campaign(UUID.randomUUID(), (String) entry.get("key"), ((Number) entry.get("goal")).intValue(),
				today.plusDays(((Number) entry.get("opens")).longValue()), null, true, null, texts);
	}

	private void supporters(Campaign campaign, List<List<Object>> supporters, Instant now) {
		List<Pledge> made = new ArrayList<>();
		Instant at = now.minus(Duration.ofDays(supporters.size()));
		for (int i = 0; i < supporters.size(); i++) {
			List<Object> row = supporters.get(i);
			String firstName = (String) row.get(0);
			String country = (String) row.get(2);
			Language language = "NL".equals(country) || i % 3 == 1 ? Language.NL
					: "FR".equals(country) ? Language.FR : (i % 3 == 2) ? Language.EN : Language.FR;
			EmailAddress email = EmailAddress
				.parse(campaign.key() + "." + i + "." + firstName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
						+ "@example.invalid")
				.orElseThrow();
			Instant when = at.plus(Duration.ofDays(i));
			UUID person = this.people.person(email, language, when);
			int referrer = ((Number) row.get(4)).intValue();
			Pledge pledge = this.pledges.record(
					new Supporting(campaign.id(), person, firstName, (String) row.get(1), country, (Boolean) row.get(3),
							false, language, (referrer >= 0) ? made.get(referrer).relayCode() : null),
					when);
			this.pledges.confirm(pledge.id(), when);
			made.add(pledge);
		}
	}

}
