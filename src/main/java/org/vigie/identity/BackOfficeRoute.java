package org.vigie.identity;

/**
 * A back-office address and who may reach it, declared by the module that maps it. The
 * security configuration is built from these declarations alone: an address under
 * {@code /admin} that no module declares is refused to everyone.
 *
 * @param pattern an Ant-style pattern under {@code /admin}, such as
 * {@code /admin/posts/**} or {@code /admin/posts/*}{@code /publish}
 * @param access who may reach it
 * @param permission the permission needed when {@code access} is
 * {@link Access#PERMISSION}
 */
public record BackOfficeRoute(String pattern, Access access, Permission permission) {

	/** Who may reach a route. */
	public enum Access {

		/** Anyone, signed in or not: sign-in, set-up, emailed links. */
		ANYONE,

		/** Any signed-in staff member: their own account, the back-office's home. */
		STAFF,

		/** Signed-in staff members holding the route's permission. */
		PERMISSION

	}

	public BackOfficeRoute {
		if (pattern == null || !(pattern.equals("/admin") || pattern.startsWith("/admin/"))) {
			throw new IllegalArgumentException("A back-office route lives under /admin: " + pattern);
		}
		if ((access == Access.PERMISSION) != (permission != null)) {
			throw new IllegalArgumentException("A permission goes with PERMISSION access only: " + pattern);
		}
	}

	/** A route that needs a permission. */
	public static BackOfficeRoute of(String pattern, Permission permission) {
		return new BackOfficeRoute(pattern, Access.PERMISSION, permission);
	}

	/** A route open to every signed-in staff member. */
	public static BackOfficeRoute staff(String pattern) {
		return new BackOfficeRoute(pattern, Access.STAFF, null);
	}

	/** A route open to anyone. */
	public static BackOfficeRoute anyone(String pattern) {
		return new BackOfficeRoute(pattern, Access.ANYONE, null);
	}

	/**
	 * How specific the pattern is: routes are matched most specific first, so
	 * {@code /admin/posts/*}{@code /publish} wins over {@code /admin/posts/**} whatever
	 * order modules declare them in.
	 */
	public int specificity() {
		int score = this.pattern.split("/").length * 4;
		if (this.pattern.contains("**")) {
			score -= 3;
		}
		else if (this.pattern.contains("*")) {
			score -= 1;
		}
		return score;
	}

}
