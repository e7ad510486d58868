package org.vigie.fundraising.certificates.issuing;

/**
 * The certificates' back-office addresses, under the fundraising back-office (which needs
 * the permission to fundraise).
 */
public final class CertificatePaths {

	/** The certificates page; it shows the last year that is over. */
	public static final String BASE = "/admin/fundraising/certificates";

	private CertificatePaths() {
	}

	/** The page of a tax year. */
	public static String year(int year) {
		return BASE + "/" + year;
	}

}
