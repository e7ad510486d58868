package org.vigie.mobilisation.campaigns;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A campaign people join, as the pages show it.
 *
 * @param id its id
 * @param key its stable key (such as {@code blue-heart}), never shown as an address
 * @param goal how many supporters it aims for
 * @param opensOn the first day one can join
 * @param closesOn the last day one can join, or {@code null} when it stays open
 * @param published whether the public sees it
 * @param imagePath the media library image its visuals show ({@code /media/img/…}), or
 * {@code null}
 * @param texts its texts, one per language
 */
public record Campaign(UUID id, String key, int goal, LocalDate opensOn, LocalDate closesOn, boolean published,
		String imagePath, Map<Language, CampaignText> texts) {

	public Campaign {
		texts = Map.copyOf(texts);
	}

	/** Its texts in a language. */
	public CampaignText text(Language language) {
		return this.texts.get(language);
	}

	/** Whether people can join on that day. */
	public boolean isOpenOn(LocalDate day) {
		return this.published && !day.isBefore(this.opensOn) && (this.closesOn == null || !day.isAfter(this.closesOn));
	}

	/** The subject of its consents in the ledger. */
	public String subject() {
		return "campaign:" + this.key;
	}

}
