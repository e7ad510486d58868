package org.vigie.mobilisation.campaigns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignFigures;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.CampaignStore;
import org.vigie.mobilisation.campaigns.Counter;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.site.HomeSection;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitemapContributor;

/**
 * Where campaigns show on the rest of the site: their teasers on the "Act" page, the open
 * ones on the home page with their counters, and the "Act" page and the campaigns in the
 * sitemaps.
 */
@Configuration(value = "mobilisation.campaigns.CampaignsOnSite", proxyBeanMethods = false)
class CampaignsOnSite {

	@Bean
	ActionListing mobilisationCampaignsListing(CampaignStore campaigns, Counter counter, MessageSource messages,
			Clock clock, SiteProperties site) {
		return new ActionListing() {

			@Override
			public List<Teaser> teasers(Language language) {
				LocalDate today = LocalDate.ofInstant(clock.instant(), site.timeZone());
				return campaigns.open(today).stream().map((campaign) -> {
					CampaignView view = CampaignView.of(campaign, counter.figures(campaign.id()), language, today);
					return new Teaser("mobilisation.campaigns.kind", view.text().title(), view.text().summary(),
							view.path(), messages.getMessage("mobilisation.campaigns.figure",
									new Object[] { view.supporters(), view.goal() }, language.locale()));
				}).toList();
			}

			@Override
			public int listingOrder() {
				return 10;
			}

		};
	}

	@Bean
	SitemapContributor mobilisationCampaignsSitemap(CampaignStore campaigns) {
		return (language) -> {
			Map<Language, String> bases = new EnumMap<>(Language.class);
			Language.all().forEach((other) -> bases.put(other, ActPaths.act(other)));
			return Stream.concat(Stream.of(new SitemapContributor.Entry(ActPaths.act(language), null, bases)),
					campaigns.published().stream().map((campaign) -> {
						Map<Language, String> translations = new EnumMap<>(Language.class);
						Language.all()
							.forEach((other) -> translations.put(other, CampaignPaths.campaign(other, campaign)));
						return new SitemapContributor.Entry(CampaignPaths.campaign(language, campaign), null,
								translations);
					}));
		};
	}

	/**
	 * The open campaigns on the home page with their counters. The home page is the most
	 * read page of the site: its figures are kept for at most
	 * {@link CampaignStore#FRESHNESS}, so rendering it costs no query; the campaign's own
	 * page is live.
	 */
	@Bean
	HomeSection mobilisationCampaignsOnHomePage(CampaignStore campaigns, Counter counter, Clock clock,
			SiteProperties site) {
		Cache<UUID, CampaignFigures> figures = Caffeine.newBuilder()
			.expireAfterWrite(CampaignStore.FRESHNESS)
			.maximumSize(100)
			.build();
		return new HomeSection() {

			@Override
			public Optional<Block> render(Language language) {
				LocalDate today = LocalDate.ofInstant(clock.instant(), site.timeZone());
				List<CampaignView> open = campaigns.open(today)
					.stream()
					.limit(2)
					.map((Campaign campaign) -> CampaignView.of(campaign, figures.get(campaign.id(), counter::figures),
							language, today))
					.toList();
				if (open.isEmpty()) {
					return Optional.empty();
				}
				return Optional.of(new Block("mobilisation/campaigns/home", "teaser",
						Map.of("campaigns", open, "actPath", ActPaths.act(language))));
			}

			@Override
			public int homeOrder() {
				return 35;
			}

		};
	}

}
