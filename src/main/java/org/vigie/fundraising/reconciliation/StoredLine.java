package org.vigie.fundraising.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A statement line as recorded.
 *
 * @param id the line
 * @param account the NGO's account
 * @param reference the bank's reference of the movement
 * @param amountCents signed: positive for a credit
 * @param bookedOn the day the bank booked it
 * @param counterpartyName the payer, or {@code null}
 * @param counterpartyIban the payer's account, or {@code null}
 * @param communication the twelve digits of the communication it carried (possibly with
 * wrong check digits), or {@code null}
 * @param remittance the free text, or {@code null}
 * @param status what became of it
 * @param matchedBy how it was matched, or {@code null}
 * @param giftId the gift it paid, or {@code null}
 * @param campaignId the campaign credited with it as income, or {@code null}
 * @param amountDiffers whether it paid a gift another amount than promised
 * @param reason why it waits for review (a message key suffix), or {@code null}
 * @param note the fundraiser's reason for setting it aside, or {@code null}
 */
record StoredLine(long id, String account, String reference, long amountCents, LocalDate bookedOn,
		String counterpartyName, String counterpartyIban, String communication, String remittance, LineStatus status,
		MatchedBy matchedBy, UUID giftId, UUID campaignId, boolean amountDiffers, String reason, String note) {

	static StoredLine of(ResultSet rs) throws SQLException {
		String matched = rs.getString("matched_by");
		return new StoredLine(rs.getLong("id"), rs.getString("account_iban"), rs.getString("reference"),
				rs.getLong("amount_cents"), rs.getDate("booked_on").toLocalDate(), rs.getString("counterparty_name"),
				rs.getString("counterparty_iban"), rs.getString("communication"), rs.getString("remittance"),
				LineStatus.valueOf(rs.getString("status")), (matched != null) ? MatchedBy.valueOf(matched) : null,
				rs.getObject("gift_id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getBoolean("amount_differs"), rs.getString("reason"), rs.getString("note"));
	}

	/** The communication as banks print it, wrong check digits and all. */
	public String communicationShown() {
		if (this.communication == null) {
			return null;
		}
		String d = this.communication;
		return "+++" + d.substring(0, 3) + "/" + d.substring(3, 7) + "/" + d.substring(7) + "+++";
	}

	/** The key under which the line's money enters the ledger. */
	String ledgerKey() {
		return ImportedLine.ledgerKey(this.account, this.reference);
	}

}
