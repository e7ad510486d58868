package org.vigie.advocacy.figures;

/**
 * Who a reach figure counts (IATI's disaggregation by audience, kept to what the NGO
 * reports).
 */
public enum Audience {

	/** Children (under 18). */
	CHILDREN,

	/** Pupils and students. */
	STUDENTS,

	/** Teachers and educators. */
	TEACHERS,

	/** Professionals (police, magistrates, social workers, health staff). */
	PROFESSIONALS,

	/** Parents and carers. */
	PARENTS,

	/** Policy makers and officials. */
	OFFICIALS,

	/** The public at large. */
	PUBLIC

}
