package org.vigie.reporting.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Talks to the line as a browser without JavaScript would: reads a page's form, fills in
 * fields, posts it back (url-encoded or multipart), as the same origin unless told
 * otherwise. Redirects are not followed; cookies are sent only when given.
 */
final class LineClient {

	/** A file to upload. */
	record Part(String name, String filename, String type, byte[] bytes) {
	}

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	LineClient(int port) {
		this.port = port;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET().build());
	}

	/**
	 * The fields of a page's form (the one at {@code index}), as the page filled them in.
	 */
	static Map<String, String> fields(String html, int index) {
		Document document = Jsoup.parse(html);
		Element form = document.select("form[method=post]").get(index);
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[type=hidden], input[type=text], input[type=email], input[type=tel]")) {
			fields.put(input.attr("name"), input.val());
		}
		for (Element input : form.select("input[type=radio][checked], input[type=checkbox][checked]")) {
			fields.put(input.attr("name"), input.val());
		}
		for (Element area : form.select("textarea")) {
			fields.put(area.attr("name"), area.val());
		}
		for (Element select : form.select("select")) {
			Element chosen = select.selectFirst("option[selected]");
			fields.put(select.attr("name"), (chosen != null) ? chosen.val() : "");
		}
		return fields;
	}

	HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.headers(sameOriginUnlessTold(headers));
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
	}

	HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Part> files, String... headers) {
		String boundary = "line" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<Part> parts = new ArrayList<>();
		fields.forEach((name, value) -> parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8))));
		parts.addAll(files);
		for (Part part : parts) {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
					+ ((part.filename() != null)
							? "; filename=\"" + part.filename() + "\"\r\nContent-Type: " + part.type() : "")
					+ "\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.headers(sameOriginUnlessTold(headers));
		return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	/**
	 * The headers, with {@code Sec-Fetch-Site: same-origin} unless they say otherwise.
	 */
	private static String[] sameOriginUnlessTold(String... headers) {
		List<String> all = new ArrayList<>(List.of(headers));
		boolean told = false;
		for (int i = 0; i < headers.length; i += 2) {
			told |= "Sec-Fetch-Site".equalsIgnoreCase(headers[i]);
		}
		if (!told) {
			all.add("Sec-Fetch-Site");
			all.add("same-origin");
		}
		return all.toArray(String[]::new);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
