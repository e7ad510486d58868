package org.vigie.mobilisation.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's signature of a statement, as the list and the back-office show it.
 *
 * @param id the signature
 * @param statementId the statement
 * @param name the organisation's name
 * @param type its type
 * @param city its city
 * @param website its website
 * @param webDomain the registrable domain of its website, or {@code null}
 * @param enterpriseNumber its KBO/BCE number, or {@code null}
 * @param domainVerified whether an address at its domain confirmed the signature
 * @param numberChecked whether its enterprise number's check digits are right
 * @param staffApproved whether staff approved it
 * @param awaitingReview whether it waits for staff
 * @param refused whether staff refused it
 * @param withdrawnAt when it was withdrawn, or {@code null}
 */
public record Signatory(UUID id, UUID statementId, String name, OrganisationType type, String city, String website,
		String webDomain, String enterpriseNumber, boolean domainVerified, boolean numberChecked, boolean staffApproved,
		boolean awaitingReview, boolean refused, Instant withdrawnAt) {

	/** Whether it is on the public list. */
	public boolean listed() {
		return this.withdrawnAt == null && !this.refused && (this.domainVerified || this.staffApproved);
	}

	/**
	 * The badges it earned, as message keys, the strongest first: each says in words what
	 * was checked.
	 */
	public List<String> badges() {
		List<String> badges = new ArrayList<>();
		if (this.domainVerified) {
			badges.add("mobilisation.statements.badge.domain");
		}
		if (this.numberChecked) {
			badges.add("mobilisation.statements.badge.number");
		}
		if (this.staffApproved) {
			badges.add("mobilisation.statements.badge.staff");
		}
		return badges;
	}

}
