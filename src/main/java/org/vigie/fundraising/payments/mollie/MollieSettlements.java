package org.vigie.fundraising.payments.mollie;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.vigie.fundraising.payments.Payout;
import tools.jackson.databind.JsonNode;

import static org.vigie.fundraising.payments.mollie.MollieJson.text;

/**
 * Mollie's settlements as payouts: each settled one whose day (in Brussels) falls in the
 * period, its amount, its costs (the fees Mollie kept back, VAT included) and the
 * payments it settles. Settlements are listed newest first; reading stops a month before
 * the period, since Mollie settles within days of creating a settlement.
 */
class MollieSettlements {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final int MAX_PAGES = 50;

	private final MollieApi api;

	MollieSettlements(MollieApi api) {
		this.api = api;
	}

	List<Payout> between(LocalDate from, LocalDate to) {
		List<Payout> payouts = new ArrayList<>();
		String page = "settlements?limit=250";
		for (int read = 0; page != null && read < MAX_PAGES; read++) {
			JsonNode list = this.api.get(page);
			boolean older = false;
			for (JsonNode settlement : list.path("_embedded").path("settlements")) {
				Instant settled = MollieJson.instant(settlement.path("settledAt"));
				Instant created = MollieJson.instant(settlement.path("createdAt"));
				older |= created != null && day(created).isBefore(from.minusMonths(1));
				if (settled != null && !day(settled).isBefore(from) && !day(settled).isAfter(to)) {
					payouts.add(payout(settlement, day(settled)));
				}
			}
			String next = text(list.path("_links").path("next").path("href"));
			page = (older || next == null) ? null : MollieApi.relative(next);
		}
		return payouts;
	}

	private Payout payout(JsonNode settlement, LocalDate arrival) {
		String id = text(settlement.path("id"));
		long fees = 0;
		for (JsonNode year : settlement.path("periods")) {
			for (JsonNode month : year) {
				for (JsonNode cost : month.path("costs")) {
					fees += MollieJson.cents(cost.path("amountGross"));
				}
			}
		}
		String reference = text(settlement.path("reference"));
		return new Payout("mollie", (reference != null) ? reference : id, arrival,
				MollieJson.cents(settlement.path("amount")), fees, payments(id));
	}

	private List<String> payments(String settlementId) {
		List<String> ids = new ArrayList<>();
		String page = "settlements/" + settlementId + "/payments?limit=250";
		for (int read = 0; page != null && read < MAX_PAGES; read++) {
			JsonNode list = this.api.get(page);
			for (JsonNode payment : list.path("_embedded").path("payments")) {
				ids.add(text(payment.path("id")));
			}
			String next = text(list.path("_links").path("next").path("href"));
			page = (next != null) ? MollieApi.relative(next) : null;
		}
		return ids;
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(BRUSSELS).toLocalDate();
	}

}
