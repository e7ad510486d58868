package org.vigie.fundraising.admin;

/** What income that is not a gift was. */
enum IncomeKind {

	/** Runners' or participants' entry fees. */
	ENTRY_FEES,

	/** Cash handed over at an event. */
	CASH,

	/** Goods sold. */
	GOODS;

	/**
	 * The kind named by a form.
	 * @throws AdminRefused when it names none
	 */
	static IncomeKind of(String typed) {
		for (IncomeKind kind : values()) {
			if (kind.name().equals(typed)) {
				return kind;
			}
		}
		throw new AdminRefused("fundraising.admin.problem.incomeKind");
	}

}
