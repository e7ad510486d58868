package org.vigie.mobilisation.campaigns;

import java.util.UUID;

import org.vigie.site.Language;

/**
 * What a person gives when they join a campaign, already checked.
 *
 * @param campaignId the campaign
 * @param personId the person, found or created from their address
 * @param firstName their first name
 * @param city their city, or {@code null}
 * @param country their country (ISO 3166 two letters), or {@code null}
 * @param onWall whether their first name may appear on the public wall
 * @param news whether they want the campaign's news
 * @param language the language of the form
 * @param via the relay code of the personal link they came through, or {@code null}
 */
public record Supporting(UUID campaignId, UUID personId, String firstName, String city, String country, boolean onWall,
		boolean news, Language language, String via) {
}
