/**
 * Fundraising the Belgian way: campaigns, donations, runners' pages, bank matching and
 * tax certificates. Its first parts are pure computations with no Spring inside: the
 * Belgian banking primitives ({@code banking}: structured communications, IBANs, national
 * register numbers, EPC QR codes) and the reader of bank statements ({@code statements}:
 * ISO 20022 CAMT.053).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fundraising",
		allowedDependencies = { "site", "identity", "notifications" })
package org.vigie.fundraising;
