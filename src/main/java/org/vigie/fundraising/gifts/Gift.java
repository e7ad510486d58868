package org.vigie.fundraising.gifts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * A gift, promised or received.
 *
 * @param id the gift
 * @param donorId who gives
 * @param campaignId the campaign
 * @param pageId the runner's or team's page it credits, or {@code null}
 * @param monthlyId the monthly gift it belongs to, or {@code null}
 * @param amountCents the amount promised
 * @param method how it is paid
 * @param communication the structured communication of a transfer, or {@code null}
 * @param provider the payment provider, or {@code null}
 * @param paymentRef the provider's id of the payment, or {@code null}
 * @param status where it stands
 * @param deductible whether it may count for a tax certificate
 * @param certificateWanted whether the donor asked for one
 * @param monthly whether it is (the first payment of) a monthly gift
 * @param publicName the name shown on the campaign's page, or {@code null} to stay
 * anonymous
 * @param language the donor's language when giving
 * @param createdAt when it was promised
 * @param settledOn the day the money arrived, or {@code null}
 */
public record Gift(UUID id, UUID donorId, UUID campaignId, UUID pageId, UUID monthlyId, long amountCents,
		PaymentMethod method, StructuredCommunication communication, String provider, String paymentRef,
		GiftStatus status, boolean deductible, boolean certificateWanted, boolean monthly, String publicName,
		Language language, Instant createdAt, LocalDate settledOn) {

}
