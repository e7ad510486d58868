package org.vigie.fundraising.web;

import org.springframework.stereotype.Component;
import org.vigie.identity.FormTokens;
import org.vigie.identity.ServerKeys;

/**
 * The token each public fundraising form carries ({@link FormTokens}): refused by any
 * other module's forms, and when a gift form comes back faster than a person fills it in,
 * which stops scripts that post gifts in bursts.
 */
@Component
public class SupportFormTokens extends FormTokens {

	SupportFormTokens(ServerKeys keys) {
		super(keys, "fundraising-form");
	}

}
