package org.vigie.advocacy;

import org.springframework.context.ApplicationContext;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

/**
 * Advocacy officers for back-office tests: new staff members with the advocacy role,
 * enrolled in the second factor and signed in through the real sign-in pages, each from a
 * loopback address of its own.
 */
public final class Advocates {

	private Advocates() {
	}

	/** A new advocacy officer whose back-office speaks that language, signed in. */
	public static Campaigners.Signed signIn(ApplicationContext context, Language language) {
		return Campaigners.signIn(context, Role.ADVOCACY, language);
	}

	/** A new advocacy officer, enrolled but not signed in (for a real browser). */
	public static Campaigners.Enrolled create(ApplicationContext context, Language language) {
		return Campaigners.create(context, Role.ADVOCACY, language);
	}

}
