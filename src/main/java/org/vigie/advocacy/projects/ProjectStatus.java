package org.vigie.advocacy.projects;

/** Where a project stands, with IATI's ActivityStatus code. */
public enum ProjectStatus {

	/** Being prepared. */
	PLANNED("1"),

	/** Under way. */
	RUNNING("2"),

	/** Activities over, reports being written. */
	FINALISING("3"),

	/** Over. */
	CLOSED("4"),

	/** Stopped before it started or ended. */
	CANCELLED("5"),

	/** Paused. */
	SUSPENDED("6");

	private final String iatiCode;

	ProjectStatus(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	/** The code of IATI's ActivityStatus list. */
	public String iatiCode() {
		return this.iatiCode;
	}

}
