package org.vigie.fundraising.selfservice;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gifts made the way donors make them, for the self-service tests: through the gift form
 * over HTTP, then settled as the bank statement would, with the communication read from
 * the gift's page; and the links asked for and followed the way a donor does.
 */
final class Donations {

	private final int port;

	private final TestClock clock;

	private final Transfers transfers;

	private final Mailbox mailbox;

	private final SupportFormTokens tokens;

	Donations(int port, TestClock clock, Transfers transfers, Mailbox mailbox, SupportFormTokens tokens) {
		this.tokens = tokens;
		this.port = port;
		this.clock = clock;
		this.transfers = transfers;
		this.mailbox = mailbox;
	}

	/** A gift by transfer, promised only: its page's address. */
	String promise(Campaign campaign, Language language, String euros, String email, Map<String, String> extra) {
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(language, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), euros, email);
		fields.putAll(extra);
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> sent = giver.post(givePath, fields);
		assertThat(sent.statusCode()).as("gift form").isEqualTo(302);
		return sent.headers().firstValue("Location").orElseThrow();
	}

	/** A gift by transfer that arrived: the gift. */
	Gift settled(Campaign campaign, Language language, String euros, String email, Map<String, String> extra) {
		String giftPath = promise(campaign, language, euros, email, extra);
		Document page = Giver.fromOwnAddress(this.port).page(giftPath);
		StructuredCommunication communication = StructuredCommunication
			.parse(page.select("[data-communication]").text());
		long cents = new java.math.BigDecimal(euros.replace(',', '.')).movePointRight(2).longValueExact();
		return this.transfers.settle(communication, cents, today(), "statement:selfservice-" + UUID.randomUUID())
			.orElseThrow();
	}

	/** Asks for a link on the page in {@code language}: the answer. */
	HttpResponse<String> ask(Giver browser, Language language, String email) {
		String path = SupportPaths.mine(language);
		String token = browser.page(path).select("form.mine-ask input[name=token]").val();
		this.clock.advance(Duration.ofSeconds(5));
		return browser.post(path, Map.of("token", token, "email", email));
	}

	/** The link emailed to an address, the {@code nth} (from 1) it received. */
	String emailedLink(String email, int nth) {
		return Mailbox.link(linkEmail(email, nth), "?t=");
	}

	/** The {@code nth} email with a link an address received (thank-you emails aside). */
	MimeMessage linkEmail(String email, int nth) {
		java.time.Instant end = java.time.Instant.now().plusSeconds(20);
		while (true) {
			List<MimeMessage> links = this.mailbox.to(email)
				.stream()
				.filter((message) -> Mailbox.text(message).contains("?t="))
				.toList();
			if (links.size() >= nth) {
				return links.get(nth - 1);
			}
			assertThat(java.time.Instant.now()).as("link email " + nth + " for " + email).isBefore(end);
			this.mailbox.await(email, this.mailbox.to(email).size() + 1);
		}
	}

	/** Follows an emailed link in a browser: the answer of its button. */
	HttpResponse<String> follow(Giver browser, String link) {
		Document page = browser.page(link);
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		page.select("form.mine-open input[type=hidden]")
			.forEach((input) -> fields.put(input.attr("name"), input.val()));
		assertThat(fields).containsKeys("t", "token");
		return browser.post(page.select("form.mine-open").attr("action"), fields);
	}

	/**
	 * Posts a link's token to the button's address with a genuine form token, as a
	 * browser that kept the button's page would: the answer.
	 */
	HttpResponse<String> followWithoutPage(Giver browser, String link, Language language) {
		String token = link.substring(link.indexOf("?t=") + 3);
		return browser.post(SupportPaths.mine(language) + "/open",
				Map.of("t", java.net.URLDecoder.decode(token, java.nio.charset.StandardCharsets.UTF_8), "token",
						this.tokens.issue("mine-open", this.clock.instant())));
	}

	/** Asks for a link and follows it: the browser then has the donor's page open. */
	Giver signedIn(String email, Language language, int nth) {
		Giver browser = Giver.fromOwnAddress(this.port);
		assertThat(ask(browser, language, email).statusCode()).isEqualTo(302);
		assertThat(follow(browser, emailedLink(email, nth)).statusCode()).isEqualTo(302);
		return browser;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Europe/Brussels"));
	}

}
