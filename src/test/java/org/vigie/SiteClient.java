package org.vigie;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Talks HTTP to the application under test like a browser or a crawler would, redirects
 * not followed.
 */
public final class SiteClient {

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public SiteClient(int port) {
		this.port = port;
	}

	/** The absolute address of a path on the server under test. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
	}

	private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The page at {@code path}, parsed, after checking it answered 200. */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), "http://localhost:8080" + path);
	}

	/**
	 * Sends a request line exactly as given (for addresses no well-behaved client would
	 * send) and returns the raw response.
	 */
	public String raw(String target, String acceptLanguage) {
		return raw(target, acceptLanguage, "localhost");
	}

	/**
	 * Sends a request line exactly as given, naming any host, and returns the response.
	 */
	public String raw(String target, String acceptLanguage, String host) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Language: " + acceptLanguage
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
