package org.vigie.mobilisation.campaigns.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;

/**
 * The "Act" page ({@code /fr/agir}, {@code /nl/in-actie}, {@code /en/act}): what every
 * part of the module offers to do now, campaigns to join and statements to sign, each
 * part in its {@link ActionListing#listingOrder()}.
 */
@Controller("mobilisation.campaigns.ActPageController")
class ActPageController {

	private final List<ActionListing> listings;

	private final MessageSource messages;

	ActPageController(List<ActionListing> listings, MessageSource messages) {
		this.listings = listings.stream().sorted(Comparator.comparingInt(ActionListing::listingOrder)).toList();
		this.messages = messages;
	}

	@GetMapping({ "/fr/agir", "/nl/in-actie", "/en/act" })
	String act(Language language, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, ActPaths.act(other)));
		MobilisationPages.page(model,
				PageMeta
					.of(language, text("mobilisation.campaigns.act.title", language),
							text("mobilisation.campaigns.act.description", language), ActPaths.act(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", CampaignPages.STYLESHEET);
		model.addAttribute("teasers",
				this.listings.stream().flatMap((listing) -> listing.teasers(language).stream()).toList());
		return "mobilisation/campaigns/act";
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
