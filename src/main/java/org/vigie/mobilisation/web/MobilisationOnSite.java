package org.vigie.mobilisation.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;
import org.vigie.site.TopLevelWords;

/**
 * Where mobilisation shows on the rest of the site: its words in the addresses (so no
 * page or post takes them), and an entry "Act" in the main navigation with the agenda and
 * the workshops under it.
 */
@Configuration(proxyBeanMethods = false)
class MobilisationOnSite {

	@Bean
	TopLevelWords mobilisationWords() {
		return TopLevelWords.of("mobilisation", ActPaths.words(Language.FR), ActPaths.words(Language.NL),
				ActPaths.words(Language.EN));
	}

	@Bean
	MenuContributor mobilisationMenu(MessageSource messages) {
		return new MenuContributor() {

			@Override
			public List<MenuItem> menu(Language language) {
				return List.of(new MenuItem(text("mobilisation.menu.act", language), ActPaths.act(language),
						List.of(new MenuItem(text("mobilisation.menu.agenda", language), ActPaths.agenda(language),
								List.of()),
								new MenuItem(text("mobilisation.menu.workshops", language),
										ActPaths.workshops(language), List.of()))));
			}

			@Override
			public int menuOrder() {
				return 55;
			}

			private String text(String code, Language language) {
				return messages.getMessage(code, null, language.locale());
			}

		};
	}

}
