package org.vigie.learning.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.site.HomeSection;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;
import org.vigie.site.TopLevelWords;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the cards show on the rest of the site: their words in the addresses, an entry in
 * the main navigation, a block on the home page.
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
