package org.vigie.advocacy.projects;

/** Where a reach figure comes from. */
public enum FigureSource {

	/** The project's activity or final report. */
	REPORT,

	/** An evaluation of the project. */
	EVALUATION,

	/** Attendance lists or registrations. */
	ATTENDANCE,

	/** A partner's own count. */
	PARTNER

}
