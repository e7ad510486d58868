package org.vigie.fundraising.pages;

/** Whose page it is. */
enum PageKind {

	/** One runner, alone or in a team. */
	RUNNER,

	/** A team: its own page, and the pages of the runners who joined it. */
	TEAM

}
