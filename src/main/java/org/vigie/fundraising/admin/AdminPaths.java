package org.vigie.fundraising.admin;

import java.util.Optional;
import java.util.UUID;

/**
 * The fundraisers' addresses. Campaigns, gifts, donors and monthly gifts are named by
 * their ids, so no key can take a fixed word such as {@code new}.
 */
final class AdminPaths {

	static final String BASE = "/admin/fundraising";

	static final String CAMPAIGNS = BASE + "/campaigns";

	static final String NEW_CAMPAIGN = CAMPAIGNS + "/new";

	static final String DONORS = BASE + "/donors";

	static final String GIFTS = BASE + "/gifts";

	static final String MONTHLY = BASE + "/monthly";

	static final String ENTRIES = BASE + "/entries";

	static final String EXPORT = BASE + "/export";

	static final String EXPORT_CSV = BASE + "/export.csv";

	private AdminPaths() {
	}

	static String campaign(UUID id) {
		return CAMPAIGNS + "/" + id;
	}

	static String campaignGifts(UUID id) {
		return campaign(id) + "/gifts";
	}

	static String refundAll(UUID id) {
		return campaign(id) + "/refund-all";
	}

	static String gift(UUID id) {
		return GIFTS + "/" + id;
	}

	static String donor(UUID id) {
		return DONORS + "/" + id;
	}

	/** Reads an id from an address; anything else names nothing. */
	static Optional<UUID> id(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
