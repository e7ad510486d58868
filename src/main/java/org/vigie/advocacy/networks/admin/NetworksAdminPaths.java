package org.vigie.advocacy.networks.admin;

import org.vigie.advocacy.AdvocacyDeclarations;

/** The networks' back-office addresses. */
final class NetworksAdminPaths {

	static final String HOME = AdvocacyDeclarations.ADMIN + "/networks";

	static final String ORGANISATIONS = HOME + "/organisations";

	static final String MEMBERSHIPS = HOME + "/memberships";

	private NetworksAdminPaths() {
	}

}
