package org.vigie.mobilisation.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A person's pledge to a campaign. It counts once confirmed.
 *
 * @param id its id
 * @param campaignId the campaign
 * @param personId who joined
 * @param firstName the first name they gave
 * @param city their city, or {@code null}
 * @param country their country (ISO 3166 two letters), or {@code null}
 * @param onWall whether their first name and city may appear on the public wall
 * @param news whether they asked for the campaign's news
 * @param language the language they joined in
 * @param relayCode the code of their personal link ({@code ?via=})
 * @param referrerId the pledge whose personal link brought them, or {@code null}
 * @param createdAt when they joined
 * @param confirmedAt when they confirmed, or {@code null}
 */
public record Pledge(UUID id, UUID campaignId, UUID personId, String firstName, String city, String country,
		boolean onWall, boolean news, Language language, String relayCode, UUID referrerId, Instant createdAt,
		Instant confirmedAt) {

	public boolean confirmed() {
		return this.confirmedAt != null;
	}

}
