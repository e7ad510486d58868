package org.vigie.mobilisation.web;

import org.springframework.stereotype.Component;
import org.vigie.identity.FormTokens;
import org.vigie.identity.ServerKeys;

/**
 * The token each public mobilisation form carries ({@link FormTokens}: when it was shown,
 * keyed to what it acts on, refused when forged, stale or sent back faster than a person
 * fills it in). In tests, advance the test clock a few seconds between showing a form and
 * sending it.
 */
@Component
public class ActionForms extends FormTokens {

	ActionForms(ServerKeys keys) {
		super(keys, "mobilisation-form");
	}

}
