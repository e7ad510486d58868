package org.vigie.reporting.directory;

import java.time.LocalDate;

/**
 * A national way to report the sexual exploitation of a child: a police form, a hotline,
 * a child helpline.
 *
 * @param name its official name, in its own language
 * @param kind what it is; each kind has a short description in the bundle
 * @param url its page (https), or {@code null} when it is reached by phone only
 * @param phone its number as dialled inside the country, or {@code null}
 * @param email its address for reports, or {@code null}
 * @param source where the fact can be checked (https)
 * @param reviewed when staff last checked it against its source
 */
record Mechanism(String name, Kind kind, String url, String phone, String email, String source, LocalDate reviewed) {

	/** What a mechanism is; each has a description in the bundle. */
	enum Kind {

		/** A police service or form that takes reports, including of offences abroad. */
		POLICE,
		/**
		 * A national hotline that takes reports of the sexual exploitation of children.
		 */
		HOTLINE,
		/** A child helpline, often on 116 111 or a national short number. */
		CHILD_HELPLINE,
		/** The missing children hotline 116 000. */
		MISSING_CHILDREN,
		/** A hotline for images or videos of child sexual abuse found online. */
		ONLINE_CONTENT

	}

}
