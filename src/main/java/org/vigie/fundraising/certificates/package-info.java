/**
 * The yearly tax certificates for gifts (Belgian form 281.71), pure and without a
 * database: the institution ({@link org.vigie.fundraising.certificates.Declarant}) and
 * one line per certificate ({@link org.vigie.fundraising.certificates.CertificateLine}),
 * the Belcotax-on-web XML validated against the income year's official schema
 * ({@link org.vigie.fundraising.certificates.BelcotaxFile}) and one PDF per donor in
 * their language ({@link org.vigie.fundraising.certificates.CertificatePdf}). Every
 * refusal is a {@link org.vigie.fundraising.certificates.CertificateRefused} with a
 * message code, never with a national register number.
 */
package org.vigie.fundraising.certificates;
