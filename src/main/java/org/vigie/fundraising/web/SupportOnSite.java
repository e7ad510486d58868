package org.vigie.fundraising.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.site.HomeSection;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitemapContributor;
import org.vigie.site.TopLevelWords;

/**
 * Where fundraising shows on the rest of the site: its words in the addresses, an entry
 * in the main navigation, the open campaigns on the home page, the campaigns in the
 * sitemaps.
 */
@Configuration(proxyBeanMethods = false)
class SupportOnSite {

	@Bean
	TopLevelWords supportWords() {
		return TopLevelWords.of("fundraising", java.util.Set.of(SupportPaths.word(Language.FR)),
				java.util.Set.of(SupportPaths.word(Language.NL)), java.util.Set.of(SupportPaths.word(Language.EN)));
	}

	@Bean
	MenuContributor supportMenu(MessageSource messages) {
		return new MenuContributor() {

			@Override
			public List<MenuItem> menu(Language language) {
				return List.of(new MenuItem(messages.getMessage("fundraising.menu", null, language.locale()),
						SupportPaths.base(language), List.of()));
			}

			@Override
			public int menuOrder() {
				return 60;
			}

		};
	}

	@Bean
	SitemapContributor supportSitemap(CampaignStore campaigns) {
		return (language) -> {
			Map<Language, String> bases = new EnumMap<>(Language.class);
			Language.all().forEach((other) -> bases.put(other, SupportPaths.base(other)));
			return Stream.concat(Stream.of(new SitemapContributor.Entry(SupportPaths.base(language), null, bases)),
					campaigns.published().stream().map((campaign) -> {
						Map<Language, String> translations = new EnumMap<>(Language.class);
						Language.all()
							.forEach((other) -> translations.put(other, SupportPaths.campaign(other, campaign)));
						return new SitemapContributor.Entry(SupportPaths.campaign(language, campaign), null,
								translations);
					}));
		};
	}

	/**
	 * The open campaigns on the home page, with their figures. The home page is the most
	 * read page of the site: its figures are kept for at most
	 * {@link CampaignStore#FRESHNESS} so that rendering it costs no query; the campaign's
	 * own page is always exact.
	 */
	@Bean
	HomeSection supportOnHomePage(CampaignStore campaigns, Ledger ledger, Clock clock, SiteProperties site) {
		com.github.benmanes.caffeine.cache.Cache<java.util.UUID, org.vigie.fundraising.ledger.CampaignFigures> figures = com.github.benmanes.caffeine.cache.Caffeine
			.newBuilder()
			.expireAfterWrite(CampaignStore.FRESHNESS)
			.maximumSize(100)
			.build();
		return new HomeSection() {

			@Override
			public Optional<Block> render(Language language) {
				LocalDate today = LocalDate.ofInstant(clock.instant(), site.timeZone());
				List<CampaignView> open = campaigns.published()
					.stream()
					.filter((campaign) -> campaign.isOpenOn(today))
					.limit(2)
					.map((Campaign campaign) -> CampaignView.of(campaign, language,
							figures.get(campaign.id(), (id) -> ledger.figures(id, campaign.goalCents())), today))
					.toList();
				if (open.isEmpty()) {
					return Optional.empty();
				}
				return Optional.of(new Block("fundraising/support/home", "teaser",
						Map.of("campaigns", open, "supportPath", SupportPaths.base(language))));
			}

			@Override
			public int homeOrder() {
				return 30;
			}

		};
	}

}
