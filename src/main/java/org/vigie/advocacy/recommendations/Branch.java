package org.vigie.advocacy.recommendations;

/**
 * What kind of body an addressee is.
 */
public enum Branch {

	/** A parliament or assembly. */
	PARLIAMENT,

	/** A government or one of its ministers. */
	GOVERNMENT,

	/** An administration or public agency. */
	ADMINISTRATION

}
