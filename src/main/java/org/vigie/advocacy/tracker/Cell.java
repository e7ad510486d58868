package org.vigie.advocacy.tracker;

/**
 * What the tracker shows for one member state and one provision.
 *
 * @param provision the provision
 * @param state the member state (ISO 3166 alpha-2)
 * @param assessment the assessment shown, or null when none was recorded
 * @param carriedOver whether the assessment was made on the replaced instrument's
 * article, which the recast keeps unchanged
 */
public record Cell(Provision provision, String state, Assessment assessment, boolean carriedOver) {

	/** The status shown: {@link Status#NOT_ASSESSED} without an assessment. */
	public Status status() {
		return (this.assessment != null) ? this.assessment.status() : Status.NOT_ASSESSED;
	}

}
