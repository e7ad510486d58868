package org.vigie.fundraising.payments.mollie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.fundraising.payments.PaymentRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mollie's REST API as JSON in, JSON out, with every failure turned into a
 * {@link PaymentRefused} whose code says what the person is told. Only paths, statuses
 * and Mollie's ids are ever logged: request and response bodies may hold a donor's name.
 */
class MollieApi {

	private static final Logger log = LoggerFactory.getLogger(MollieApi.class);

	private static final int MAX_BODY = 2 * 1024 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http;

	private final MollieSettings settings;

	MollieApi(MollieSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	ObjectNode object() {
		return this.json.createObjectNode();
	}

	JsonNode get(String path) {
		return send(request(path).GET(), path);
	}

	/**
	 * Creates something at Mollie. The idempotency key makes a repeated call (the same
	 * webhook delivered twice) answer the first result instead of creating a second one.
	 */
	JsonNode post(String path, ObjectNode body, String idempotencyKey) {
		HttpRequest.Builder request = request(path).POST(jsonBody(body)).header("Content-Type", "application/json");
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request, path);
	}

	JsonNode patch(String path, ObjectNode body) {
		return send(request(path).method("PATCH", jsonBody(body)).header("Content-Type", "application/json"), path);
	}

	void delete(String path) {
		send(request(path).DELETE(), path);
	}

	private HttpRequest.BodyPublisher jsonBody(ObjectNode body) {
		return HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.settings.baseUrl().resolve(path))
			.timeout(this.settings.timeout())
			.header("Authorization", "Bearer " + this.settings.apiKey())
			.header("Accept", "application/hal+json");
	}

	private JsonNode send(HttpRequest.Builder request, String path) {
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (HttpTimeoutException ex) {
			log.warn("Mollie did not answer {} in time", pathOnly(path));
			throw new PaymentRefused("fundraising.payment.problem.unreachable", "Mollie timed out on " + pathOnly(path),
					ex);
		}
		catch (IOException ex) {
			log.warn("Mollie could not be reached for {}", pathOnly(path));
			throw new PaymentRefused("fundraising.payment.problem.unreachable",
					"Mollie unreachable on " + pathOnly(path), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PaymentRefused("fundraising.payment.problem.unreachable", "Interrupted calling Mollie", ex);
		}
		return read(response, path);
	}

	private JsonNode read(HttpResponse<byte[]> response, String path) {
		int status = response.statusCode();
		if (status >= 500) {
			log.warn("Mollie answered {} on {}", status, pathOnly(path));
			throw new PaymentRefused("fundraising.payment.problem.unavailable",
					"Mollie answered " + status + " on " + pathOnly(path));
		}
		if (status == 404 || status == 410) {
			throw new PaymentRefused("fundraising.payment.problem.unknown",
					"Mollie knows nothing at " + pathOnly(path));
		}
		if (status >= 400) {
			log.warn("Mollie refused {} with {}", pathOnly(path), status);
			throw new PaymentRefused("fundraising.payment.problem.refused",
					"Mollie refused " + pathOnly(path) + " with " + status);
		}
		byte[] body = response.body();
		if (status == 204 || body.length == 0) {
			return this.json.createObjectNode();
		}
		if (body.length > MAX_BODY) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie's answer is too large");
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new PaymentRefused("fundraising.payment.problem.malformed",
					"Mollie's answer on " + pathOnly(path) + " is not JSON", ex);
		}
	}

	/**
	 * The path without its query, which may carry ids only but is kept out on principle.
	 */
	private static String pathOnly(String path) {
		int query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query);
	}

	/**
	 * The path and query of one of Mollie's own links, to follow it against our base URL.
	 */
	static String relative(String href) {
		URI uri = URI.create(href);
		String path = uri.getRawPath();
		int version = path.indexOf("/v2/");
		String relative = (version >= 0) ? path.substring(version + 4) : path.replaceFirst("^/", "");
		return (uri.getRawQuery() != null) ? relative + "?" + uri.getRawQuery() : relative;
	}

}
