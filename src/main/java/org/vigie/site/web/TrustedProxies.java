package org.vigie.site.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and scheme behind the TLS proxy, for throttles, audit and
 * {@code Secure} decisions. {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * believed only when the connection comes from one of the configured proxies
 * ({@code vigie.security.trusted-proxies}, addresses or CIDR ranges, none by default):
 * from anyone else they are ignored, so a direct client cannot pick its own address. The
 * client is the right-most address of {@code X-Forwarded-For} that is not itself a
 * trusted proxy; what lies left of it was written by the client and proves nothing.
 */
final class TrustedProxies extends OncePerRequestFilter {

	/** An IPv4 or IPv6 literal: never a host name, which would need a DNS lookup. */
	private static final Pattern ADDRESS = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpAddressMatcher> proxies;

	/**
	 * @param proxies addresses or CIDR ranges separated by commas, such as
	 * {@code 127.0.0.1, 10.0.0.0/8}; blank for none
	 */
	TrustedProxies(String proxies) {
		this.proxies = Arrays.stream((proxies != null) ? proxies.split(",") : new String[0])
			.map(String::strip)
			.filter((proxy) -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.proxies.isEmpty() || !trusted(request.getRemoteAddr());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Forwarded(request, client(request), scheme(request)), response);
	}

	private String client(HttpServletRequest request) {
		String client = request.getRemoteAddr();
		String[] chain = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For"))).split(",");
		for (int i = chain.length - 1; i >= 0; i--) {
			String hop = chain[i].strip();
			if (!ADDRESS.matcher(hop).matches()) {
				break;
			}
			client = hop;
			if (!trusted(hop)) {
				break;
			}
		}
		return client;
	}

	private static String scheme(HttpServletRequest request) {
		String proto = request.getHeader("X-Forwarded-Proto");
		if (proto == null) {
			return request.getScheme();
		}
		String last = proto.substring(proto.lastIndexOf(',') + 1).strip();
		return ("https".equalsIgnoreCase(last) || "http".equalsIgnoreCase(last)) ? last.toLowerCase(Locale.ROOT)
				: request.getScheme();
	}

	private boolean trusted(String address) {
		if (address == null || !ADDRESS.matcher(address).matches()) {
			return false;
		}
		try {
			return this.proxies.stream().anyMatch((proxy) -> proxy.matches(address));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The request as the client sent it to the proxy.
	 */
	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final String scheme;

		Forwarded(HttpServletRequest request, String client, String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getScheme() {
			return this.scheme;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(this.scheme);
		}

	}

}
