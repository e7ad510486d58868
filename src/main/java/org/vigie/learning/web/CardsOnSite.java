package org.vigie.learning.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.vigie.learning.decks.DeckStore;

import org.vigie.site.HomeSection;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;
import org.vigie.site.SitemapContributor;
import org.vigie.site.TopLevelWords;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the cards show on the rest of the site: their words in the addresses, an entry in
 * the main navigation, a block on the home page, the decks in the sitemaps.
 */
@Configuration(proxyBeanMethods = false)
class CardsOnSite {

	@Bean
	TopLevelWords cardsWords() {
		return TopLevelWords.of("learning", java.util.Set.of(CardsPaths.word(Language.FR)),
				java.util.Set.of(CardsPaths.word(Language.NL)), java.util.Set.of(CardsPaths.word(Language.EN)));
	}

	@Bean
	MenuContributor cardsMenu(MessageSource messages) {
		return new MenuContributor() {

			@Override
			public List<MenuItem> menu(Language language) {
				return List.of(new MenuItem(messages.getMessage("learning.menu", null, language.locale()),
						CardsPaths.base(language), List.of()));
			}

			@Override
			public int menuOrder() {
				return 40;
			}

		};
	}

	@Bean
	SitemapContributor cardsSitemap(DeckStore decks) {
		return (language) -> {
			Map<Language, String> bases = new EnumMap<>(Language.class);
			Language.all().forEach((other) -> bases.put(other, CardsPaths.base(other)));
			return Stream.concat(Stream.of(new SitemapContributor.Entry(CardsPaths.base(language), null, bases)),
					decks.published().stream().map((deck) -> {
						Map<Language, String> translations = new EnumMap<>(Language.class);
						Language.all().forEach((other) -> translations.put(other, CardsPaths.deck(other, deck)));
						return new SitemapContributor.Entry(CardsPaths.deck(language, deck), null, translations);
					}));
		};
	}

	@Bean
	HomeSection cardsOnHomePage() {
		return new HomeSection() {

			@Override
			public Optional<Block> render(Language language) {
				return Optional
					.of(new Block("learning/cards/home", "teaser", Map.of("cardsPath", CardsPaths.base(language))));
			}

			@Override
			public int homeOrder() {
				return 20;
			}

		};
	}

}
