package org.vigie.mobilisation.campaigns.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.KitLinks;
import org.vigie.mobilisation.campaigns.Pledge;
import org.vigie.mobilisation.campaigns.Pledges;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * A supporter's share kit, at a personal address nobody can guess (in their confirmation
 * email, and where confirming leads): the ready text, the images, their personal link
 * with its share buttons, and how many people joined through it. And the images
 * themselves.
 */
@Controller("mobilisation.campaigns.ShareKitController")
class ShareKitController {

	private final CampaignPages pages;

	private final Pledges pledges;

	private final KitLinks kits;

	private final ShareImages images;

	private final SiteProperties site;

	ShareKitController(CampaignPages pages, Pledges pledges, KitLinks kits, ShareImages images, SiteProperties site) {
		this.pages = pages;
		this.pledges = pledges;
		this.kits = kits;
		this.images = images;
		this.site = site;
	}

	@GetMapping({ "/fr/agir/{slug}/partager/{key}", "/nl/in-actie/{slug}/delen/{key}", "/en/act/{slug}/share/{key}" })
	String kit(Language language, @PathVariable String slug, @PathVariable String key, HttpServletResponse response,
			Model model) {
		Campaign campaign = this.pages.campaign(language, slug);
		Pledge pledge = this.kits.pledge(key)
			.flatMap(this.pledges::byId)
			.filter((found) -> found.campaignId().equals(campaign.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("X-Robots-Tag", "noindex");
		String path = CampaignPaths.kit(language, campaign, key);
		this.pages.page(model, campaign, language, this.pages.text("mobilisation.campaigns.kit.title", language), path,
				Map.of(language, path));
		String link = this.site.absolute(CampaignPaths.personal(language, campaign, pledge.relayCode()));
		model.addAttribute("view", this.pages.view(campaign, language));
		model.addAttribute("pledge", pledge);
		model.addAttribute("joinedThrough", this.pledges.joinedThrough(pledge.id()));
		model.addAttribute("kit",
				ShareKit.of(campaign.text(language).shareText(), link, campaign.text(language).title()));
		model.addAttribute("formats", ShareImages.FORMATS.keySet().stream().sorted().toList());
		model.addAttribute("imageBase", CampaignPaths.image(language, campaign, "FORMAT"));
		return "mobilisation/campaigns/kit";
	}

	@GetMapping({ "/fr/agir/{slug}/visuels/{format}.png", "/nl/in-actie/{slug}/beelden/{format}.png",
			"/en/act/{slug}/images/{format}.png" })
	ResponseEntity<byte[]> image(Language language, @PathVariable String slug, @PathVariable String format) {
		Campaign campaign = this.pages.campaign(language, slug);
		if (!ShareImages.FORMATS.containsKey(format)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ShareImages.Picture picture = this.images.picture(format, campaign, campaign.text(language).title(),
				Optional.ofNullable(this.site.baseUrl().getHost()).orElse(this.site.name()));
		return ResponseEntity.ok()
			.contentType(picture.type())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(picture.bytes());
	}

}
