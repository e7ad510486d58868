package org.vigie.fundraising.selfservice;

import java.util.UUID;

import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.payments.PaymentMethod;

/** The rows of the donor's page, written out in the page's language. */
final class MineViews {

	private MineViews() {
	}

	/**
	 * A gift.
	 *
	 * @param date the day it arrived, or was promised while it has not
	 * @param campaign the campaign's title
	 * @param amount the amount
	 * @param method how it was paid
	 * @param status where it stands
	 * @param monthly whether it is a payment of a monthly gift
	 */
	record GiftRow(String date, String campaign, String amount, PaymentMethod method, GiftStatus status,
			boolean monthly) {

	}

	/**
	 * A monthly gift.
	 *
	 * @param id the monthly gift, in its forms' addresses
	 * @param campaign the campaign's title
	 * @param amount the monthly amount
	 * @param plain the amount as typed in the form ({@code 25.00})
	 * @param method how it is paid
	 * @param status where it stands
	 * @param standingOrder whether the donor's bank sends it by standing order
	 * @param running whether it is not stopped
	 */
	record MonthlyRow(UUID id, String campaign, String amount, String plain, PaymentMethod method,
			Monthly.Status status, boolean standingOrder, boolean running) {

	}

	/**
	 * A tax certificate.
	 *
	 * @param year its tax year
	 * @param number its number within the year
	 * @param kind ORIGINAL, MODIFICATION or CANCELLATION
	 * @param amount the amount certified
	 * @param path where its PDF is downloaded
	 */
	record CertificateRow(int year, int number, String kind, String amount, String path) {

	}

}
