package org.vigie;

/**
 * Whether the tests run in CI, where every tool the tests need must be present.
 */
public final class RequiredTools {

	private RequiredTools() {
	}

	public static boolean inCi() {
		String ci = System.getProperty("vigie.test.ci", System.getenv("CI"));
		return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci) && !ci.startsWith("${");
	}

}
