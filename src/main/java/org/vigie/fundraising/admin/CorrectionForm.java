package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;

/**
 * The form correcting a ledger entry, as typed.
 *
 * @param key the form's key
 * @param entry the number of the entry corrected
 * @param amount euros, signed
 * @param day the day of the correction
 * @param note why
 */
record CorrectionForm(String key, String entry, String amount, String day, String note) {

	static CorrectionForm from(FormValues values) {
		return new CorrectionForm(values.text("key"), values.text("entry"), values.text("amount"), values.text("day"),
				values.text("note"));
	}

}
