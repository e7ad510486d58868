/**
 * Belgian banking primitives for fundraising, pure and without Spring: structured
 * communications with their mod-97 check digits, IBANs (iban4j), national register
 * numbers with their check digits, and EPC QR codes for a transfer from a banking app
 * (ZXing). Every refusal is a {@link org.vigie.fundraising.banking.BankingRefused} with a
 * message code, never with the refused value.
 */
package org.vigie.fundraising.banking;
