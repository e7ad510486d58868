package org.vigie.mobilisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A supporter confirmed joining a campaign: published once per pledge, however often the
 * confirmation is repeated. It names no person.
 *
 * @param pledgeId the pledge (an opaque id, so a reader counts each pledge once)
 * @param campaignId the campaign
 * @param campaignKey the campaign's stable key (such as {@code blue-heart})
 * @param country the supporter's country as an ISO 3166 two-letter code, or {@code null}
 * @param confirmedAt when the pledge started to count
 */
public record PledgeConfirmed(UUID pledgeId, UUID campaignId, String campaignKey, String country, Instant confirmedAt) {
}
