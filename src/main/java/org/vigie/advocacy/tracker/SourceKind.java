package org.vigie.advocacy.tracker;

/**
 * What kind of document an assessment rests on.
 */
public enum SourceKind {

	/** A national measure as notified to the Commission and listed in EUR-Lex. */
	NATIONAL_MEASURE,

	/** The state's official journal or gazette. */
	OFFICIAL_JOURNAL,

	/** A Commission transposition or implementation report. */
	COMMISSION_REPORT,

	/** A court decision applying the national law. */
	COURT_DECISION,

	/** A government's answer (to a parliamentary question, to a questionnaire). */
	GOVERNMENT_ANSWER,

	/** Research by NGOs or academics. */
	RESEARCH,

	/** Anything else, described in the source's label. */
	OTHER,

	/** No source: only for a provision not assessed yet. */
	NONE

}
