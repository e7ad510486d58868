package org.vigie.fundraising.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.fundraising.gifts.PaymentEvents;
import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.WebhookCall;

/**
 * Where providers report what became of payments. The call is handed untouched to the
 * provider's adapter, which checks it really comes from the provider; each event it reads
 * is recorded once however often it is delivered. A call that cannot be trusted gets 400
 * and changes nothing; one that could not be recorded (the database is away) gets 503 so
 * that the provider delivers it again later.
 */
@RestController
class WebhookController {

	/** Providers' calls are small; anything larger is not one. */
	static final int MAX_BYTES = 256 * 1024;

	private final PaymentProviders providers;

	private final PaymentEvents events;

	WebhookController(PaymentProviders providers, PaymentEvents events) {
		this.providers = providers;
		this.events = events;
	}

	@PostMapping(SupportPaths.WEBHOOKS + "/{name}")
	ResponseEntity<String> receive(@PathVariable String name, HttpServletRequest request) throws IOException {
		PaymentProvider provider = this.providers.named(name).orElse(null);
		if (provider == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body("unknown provider");
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body("too large");
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
		if (body.length > MAX_BYTES) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body("too large");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header : Collections.list(request.getHeaderNames())) {
			headers.put(header.toLowerCase(Locale.ROOT), request.getHeader(header));
		}
		try {
			for (PaymentEvent event : provider.events(new WebhookCall(headers, body))) {
				this.events.record(provider.name(), event);
			}
			return ResponseEntity.ok("ok");
		}
		catch (PaymentRefused ex) {
			return ResponseEntity.badRequest().body("refused");
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("try again");
		}
	}

}
