package org.vigie.advocacy.watch.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.watch.SourceRules;
import org.vigie.advocacy.watch.WatchRefused;

/**
 * Fetches a watched public address the careful way: http and https only, a clear
 * User-Agent, a time limit on connecting, on the answer and on reading it, at most
 * {@code maxBytes} read (2 MB by default), at most three redirects, each checked like the
 * first address, and no private, loopback or link-local address unless
 * {@code vigie.advocacy.watch.allow-private-addresses} is true, so a watched address can
 * never be used to reach the NGO's own network. Tests that serve fixtures on 127.0.0.1
 * switch that on with {@link #allowPrivateAddresses(boolean)} and put it back after.
 */
@Component
public class SourceFetcher implements DisposableBean {

	/** The User-Agent sent with every request. */
	public static final String USER_AGENT = "VigiePolicyWatch/1.0 (checks public pages for changes; one request per check)";

	/** Most redirects followed. */
	public static final int MAX_REDIRECTS = 3;

	private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([a-z0-9._-]+)");

	private final HttpClient client;

	private final Duration timeout;

	private final long maxBytes;

	private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

	private volatile boolean allowPrivate;

	/**
	 * @param allowPrivate whether private and loopback addresses may be fetched
	 * @param timeout the longest wait to connect, for the answer, and to read it
	 * @param maxBytes the largest body read
	 */
	public SourceFetcher(@Value("${vigie.advocacy.watch.allow-private-addresses:false}") boolean allowPrivate,
			@Value("${vigie.advocacy.watch.timeout:PT10S}") Duration timeout,
			@Value("${vigie.advocacy.watch.max-bytes:2097152}") long maxBytes) {
		this.allowPrivate = allowPrivate;
		this.timeout = timeout;
		this.maxBytes = maxBytes;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** Whether private and loopback addresses may be fetched (tests only turn it on). */
	public void allowPrivateAddresses(boolean allow) {
		this.allowPrivate = allow;
	}

	public boolean privateAddressesAllowed() {
		return this.allowPrivate;
	}

	/** The largest body read, in bytes. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/** Fetches an address, following at most {@link #MAX_REDIRECTS} redirects. */
	public Fetched fetch(String address) {
		URI uri;
		try {
			uri = SourceRules.address(address);
		}
		catch (WatchRefused ex) {
			return new Fetched.Refused("advocacy.watch.problem.address");
		}
		try {
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				if (!allowed(uri.getHost())) {
					return new Fetched.Refused("advocacy.watch.problem.private");
				}
				HttpResponse<InputStream> response = this.client.send(HttpRequest.newBuilder(uri)
					.timeout(this.timeout)
					.header("User-Agent", USER_AGENT)
					.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
					.GET()
					.build(), HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream body = response.body()) {
					int status = response.statusCode();
					if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
						uri = next(uri, response.headers().firstValue("Location").get());
						if (uri == null) {
							return new Fetched.Refused("advocacy.watch.problem.redirect");
						}
						continue;
					}
					if (status < 200 || status >= 300) {
						return new Fetched.Failed("advocacy.watch.problem.status");
					}
					if (response.headers().firstValueAsLong("Content-Length").orElse(0) > this.maxBytes) {
						return new Fetched.Refused("advocacy.watch.problem.tooLarge");
					}
					byte[] bytes = read(body);
					if (bytes == null) {
						return new Fetched.Refused("advocacy.watch.problem.tooLarge");
					}
					return new Fetched.Page(new String(bytes, charset(response)), uri);
				}
			}
			return new Fetched.Failed("advocacy.watch.problem.redirects");
		}
		catch (java.net.http.HttpTimeoutException | TimeoutException ex) {
			return new Fetched.Failed("advocacy.watch.problem.timeout");
		}
		catch (UnknownHostException ex) {
			return new Fetched.Failed("advocacy.watch.problem.network");
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			return new Fetched.Failed("advocacy.watch.problem.network");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Fetched.Failed("advocacy.watch.problem.network");
		}
	}

	/** The redirect's target when it is http(s), else {@code null}. */
	private static URI next(URI from, String location) {
		try {
			return SourceRules.address(from.resolve(location.strip()).toString());
		}
		catch (WatchRefused | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Reads the body within the time limit.
	 * @return its bytes, or {@code null} when it is over the size limit
	 */
	private byte[] read(InputStream body) throws IOException, InterruptedException, TimeoutException {
		CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> capped(body), this.readers);
		try {
			return reading.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof UncheckedIOException io) ? io.getCause() : new IOException(ex.getCause());
		}
		finally {
			reading.cancel(true);
		}
	}

	private byte[] capped(InputStream body) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16384];
			int read;
			while ((read = body.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				if (out.size() > this.maxBytes) {
					return null;
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Charset charset(HttpResponse<?> response) {
		Matcher matcher = CHARSET.matcher(response.headers().firstValue("Content-Type").orElse(""));
		if (matcher.find()) {
			try {
				return Charset.forName(matcher.group(1));
			}
			catch (IllegalArgumentException ex) {
				return StandardCharsets.UTF_8;
			}
		}
		return StandardCharsets.UTF_8;
	}

	/**
	 * Whether every address the host resolves to is public (or private ones are allowed).
	 */
	private boolean allowed(String host) throws UnknownHostException {
		if (this.allowPrivate) {
			return true;
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".internal")
				|| name.endsWith(".local")) {
			return false;
		}
		for (InetAddress address : InetAddress
			.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)) {
			if (isPrivate(address)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Loopback, private, link-local, unique-local, carrier-grade NAT, multicast or
	 * unspecified.
	 */
	static boolean isPrivate(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		return first == 0 || (first == 100 && second >= 64 && second < 128)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
		this.client.shutdownNow();
	}

}
