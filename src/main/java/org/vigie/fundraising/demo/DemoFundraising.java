package org.vigie.fundraising.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.campaigns.CampaignText;
import org.vigie.fundraising.campaigns.StretchGoal;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * At start-up, the demo campaigns ({@code fundraising/demo/campaigns.yaml}) go into a
 * database that has none, unless {@code vigie.demo.enabled=false}: a finished
 * crowdfunding, an open appeal and a sports event with a team and runners' pages. Their
 * gifts come from fictitious donors ({@code @example.invalid} addresses, no national
 * register number) and are written straight to the ledger, so no thank-you email leaves
 * for them; the figures the pages show are computed from those entries like any others.
 */
@Component
class DemoFundraising implements SmartInitializingSingleton {

	static final String LOCATION = "fundraising/demo/campaigns.yaml";

	/** Amounts fictitious donors give, in turn, in euros. */
	private static final int[] AMOUNTS = { 20, 50, 25, 100, 30, 10, 50, 15, 40, 75, 20, 50, 35, 25 };

	private static final String[] FIRST = { "Lena", "Yusuf", "Claire", "Bram", "Inès", "Tom", "Noor", "Julien", "Sara",
			"Wout", "Maria", "Hugo", "Fatima", "Arne", "Chloé", "Milan", "Leila", "Ruben", "Anouk", "Karim" };

	private static final String[] LAST = { "Dubois", "Peeters", "Lambert", "Janssens", "Mertens", "Leclercq", "Claes",
			"Haddad", "Wouters", "Renard", "Maes", "Simon", "De Smet", "Laurent", "Goossens", "Benali", "Willems" };

	private final CampaignStore campaigns;

	private final Donors donors;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	private final boolean enabled;

	private int donorCount;

	DemoFundraising(CampaignStore campaigns, Donors donors, Ledger ledger, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, SiteProperties site,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.campaigns = campaigns;
		this.donors = donors;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = site.timeZone();
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.enabled && this.campaigns.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> load());
		}
	}

	@SuppressWarnings("unchecked")
	void load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("campaigns")) {
			Campaign campaign = campaign(entry, today);
			UUID id = this.campaigns.save(campaign, now);
			for (Map<String, Object> update : (List<Map<String, Object>>) entry.getOrDefault("updates", List.of())) {
				LocalDate day = day(update.get("date"), today);
				for (Language language : Language.all()) {
					Map<String, Object> text = (Map<String, Object>) update.get(language.code());
					this.campaigns.addUpdate(id, language, day, (String) text.get("title"), (String) text.get("body"));
				}
			}
			LocalDate last = (campaign.closesOn() != null && campaign.closesOn().isBefore(today)) ? campaign.closesOn()
					: today.minusDays(1);
			gifts(id, null, euros(entry.get("raised")), number(entry.get("donors")), campaign.opensOn(), last, now);
			pages(id, (List<Map<String, Object>>) entry.getOrDefault("pages", List.of()), campaign.opensOn(), last,
					(List<Map<String, Object>>) entry.getOrDefault("income", List.of()), now);
		}
	}

	@SuppressWarnings("unchecked")
	private Campaign campaign(Map<String, Object> entry, LocalDate today) {
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		Map<String, Map<String, Object>> typed = (Map<String, Map<String, Object>>) entry.get("texts");
		for (Language language : Language.all()) {
			Map<String, Object> text = typed.get(language.code());
			texts.put(language, new CampaignText((String) text.get("slug"), (String) text.get("title"),
					(String) text.get("summary"), (String) text.get("story"), (String) text.get("thanks")));
		}
		List<StretchGoal> stretch = new ArrayList<>();
		for (Map<String, Object> goal : (List<Map<String, Object>>) entry.getOrDefault("stretch", List.of())) {
			Map<Language, String> labels = new EnumMap<>(Language.class);
			Language.all().forEach((language) -> labels.put(language, (String) goal.get(language.code())));
			stretch.add(new StretchGoal(euros(goal.get("amount")), labels));
		}
		return new Campaign(null, (String) entry.get("key"), CampaignKind.valueOf((String) entry.get("kind")),
				euros(entry.get("goal")), day(entry.get("opens"), today), day(entry.get("closes"), today), true, true,
				true, number(entry.get("position")), texts, stretch);
	}

	@SuppressWarnings("unchecked")
	private void pages(UUID campaignId, List<Map<String, Object>> pages, LocalDate from, LocalDate to,
			List<Map<String, Object>> income, Instant now) {
		Map<String, UUID> ids = new HashMap<>();
		for (Map<String, Object> page : pages) {
			UUID id = UUID.randomUUID();
			ids.put((String) page.get("slug"), id);
			this.jdbc.sql("""
					insert into fundraising_page (id, campaign_id, team_id, kind, slug, display_name, goal_cents, story,
						language, hidden, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""")
				.params(id, campaignId, ids.get((String) page.get("team")), page.get("kind"), page.get("slug"),
						page.get("name"), euros(page.get("goal")), page.get("story"), page.get("language"),
						Timestamp.from(now))
				.update();
			List<Integer> sponsors = (List<Integer>) page.getOrDefault("sponsors", List.of());
			int index = 0;
			for (Integer amount : sponsors) {
				gift(campaignId, id, amount * 100L, spread(from, to, index++, sponsors.size()), now);
			}
			if (page.get("cash") != null) {
				this.ledger.append(
						new NewEntry("demo:cash:" + id, EntryKind.INCOME, campaignId, id, null, null,
								euros(page.get("cash")), 0, false, to, EntrySource.DEMO, "Cash handed over", null),
						now);
			}
		}
		for (Map<String, Object> item : income) {
			this.ledger.append(new NewEntry("demo:income:" + UUID.randomUUID(), EntryKind.INCOME, campaignId,
					ids.get((String) item.get("page")), null, null, euros(item.get("amount")), 0, false, from,
					EntrySource.DEMO, (String) item.get("note"), null), now);
		}
	}

	/** Gifts from fictitious donors adding up to {@code totalCents} exactly. */
	private void gifts(UUID campaignId, UUID pageId, long totalCents, int count, LocalDate from, LocalDate to,
			Instant now) {
		if (count == 0) {
			return;
		}
		List<Long> amounts = new ArrayList<>();
		long sum = 0;
		for (int i = 0; i < count - 1; i++) {
			long amount = AMOUNTS[i % AMOUNTS.length] * 100L;
			amounts.add(amount);
			sum += amount;
		}
		long last = totalCents - sum;
		if (last < 500) {
			throw new IllegalStateException("Demo amounts do not add up for " + campaignId);
		}
		amounts.add(last);
		for (int i = 0; i < amounts.size(); i++) {
			gift(campaignId, pageId, amounts.get(i), spread(from, to, i, amounts.size()), now);
		}
	}

	private void gift(UUID campaignId, UUID pageId, long cents, LocalDate day, Instant now) {
		int n = this.donorCount++;
		String first = FIRST[n % FIRST.length];
		String last = LAST[(n * 7) % LAST.length];
		UUID donorId = this.donors.record(new DonorDetails("demo-donor-" + n + "@example.invalid", first, last, null,
				null, Language.all().get(n % 3), "demo"), now);
		UUID giftId = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into fundraising_gift (id, donor_id, campaign_id, page_id, amount_cents, method, status, deductible,
						certificate_wanted, public_name, monthly, language, created_at, settled_on)
					values (?, ?, ?, ?, ?, 'TRANSFER', 'SETTLED', true, false, ?, false, ?, ?, ?)""")
			.params(giftId, donorId, campaignId, pageId, cents, (n % 3 == 0) ? first : null,
					Language.all().get(n % 3).code(), Timestamp.from(now), Date.valueOf(day))
			.update();
		this.ledger.append(new NewEntry("demo:gift:" + giftId, EntryKind.GIFT, campaignId, pageId, giftId, donorId,
				cents, 0, true, day, EntrySource.DEMO, null, null), now);
	}

	private static LocalDate spread(LocalDate from, LocalDate to, int index, int count) {
		long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
		return from.plusDays((count <= 1) ? 0 : days * index / (count - 1));
	}

	private static LocalDate day(Object value, LocalDate today) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		if (value instanceof Integer days) {
			return today.plusDays(days);
		}
		String text = value.toString();
		return text.matches("[+-][0-9]+") ? today.plusDays(Integer.parseInt(text.replace("+", "")))
				: LocalDate.parse(text);
	}

	private static long euros(Object value) {
		return (value == null) ? 0 : ((Number) value).longValue() * 100;
	}

	private static int number(Object value) {
		return (value == null) ? 0 : ((Number) value).intValue();
	}

}
