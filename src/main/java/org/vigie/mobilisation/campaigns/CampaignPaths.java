package org.vigie.mobilisation.campaigns;

import java.util.Map;

import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * The addresses of a campaign, under the "Act" page: {@code /fr/agir/<slug>}, the page
 * after joining ({@code …/merci}), a supporter's share kit ({@code …/partager/<key>}) and
 * the share images ({@code …/visuels/1200x630.png}).
 */
public final class CampaignPaths {

	private static final Map<Language, String> THANKS = Map.of(Language.FR, "merci", Language.NL, "bedankt",
			Language.EN, "thanks");

	private static final Map<Language, String> SHARE = Map.of(Language.FR, "partager", Language.NL, "delen",
			Language.EN, "share");

	private static final Map<Language, String> IMAGES = Map.of(Language.FR, "visuels", Language.NL, "beelden",
			Language.EN, "images");

	private CampaignPaths() {
	}

	/** The campaign's page. */
	public static String campaign(Language language, Campaign campaign) {
		return ActPaths.act(language) + "/" + campaign.text(language).slug();
	}

	/** The page after the join form, the same whatever happened. */
	public static String thanks(Language language, Campaign campaign) {
		return campaign(language, campaign) + "/" + THANKS.get(language);
	}

	/** A supporter's own share kit. */
	public static String kit(Language language, Campaign campaign, String key) {
		return campaign(language, campaign) + "/" + SHARE.get(language) + "/" + key;
	}

	/** A share image, {@code format} such as {@code 1200x630}. */
	public static String image(Language language, Campaign campaign, String format) {
		return campaign(language, campaign) + "/" + IMAGES.get(language) + "/" + format + ".png";
	}

	/** A supporter's personal link: the campaign with their relay code. */
	public static String personal(Language language, Campaign campaign, String code) {
		return campaign(language, campaign) + "?via=" + code;
	}

}
