package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;

/**
 * The form recording income that is not a gift, as typed.
 *
 * @param key the form's key
 * @param campaign the campaign's id
 * @param page the page's id, or empty
 * @param what one of {@link IncomeKind}
 * @param amount euros
 * @param day the day the money came, {@code yyyy-mm-dd}
 * @param note a short note
 */
record IncomeForm(String key, String campaign, String page, String what, String amount, String day, String note) {

	static IncomeForm from(FormValues values) {
		return new IncomeForm(values.text("key"), values.text("campaign"), values.text("page"), values.text("what"),
				values.text("amount"), values.text("day"), values.text("note"));
	}

}
