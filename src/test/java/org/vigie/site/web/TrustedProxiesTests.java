package org.vigie.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTests {

	@Test
	void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
		HttpServletRequest seen = pass(new TrustedProxies("127.0.0.1, 10.0.0.0/8"), "198.51.100.7", "203.0.113.9",
				"https");

		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void withoutConfiguredProxiesNobodyIsBelieved() throws Exception {
		HttpServletRequest seen = pass(new TrustedProxies(""), "127.0.0.1", "203.0.113.9", "https");

		assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
		assertThat(seen.getScheme()).isEqualTo("http");
	}

	@Test
	void theTrustedProxysClientIsTheRightMostAddressItDidNotAdd() throws Exception {
		HttpServletRequest seen = pass(new TrustedProxies("127.0.0.1, 10.0.0.0/8"), "127.0.0.1",
				"6.6.6.6, 203.0.113.9, 10.1.2.3", "https");

		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
	}

	@Test
	void namesAndGarbageInTheChainAreNeverLookedUpNorBelieved() throws Exception {
		TrustedProxies proxies = new TrustedProxies("::1");

		assertThat(pass(proxies, "0:0:0:0:0:0:0:1", "evil.example, 2001:db8::5", "http").getRemoteAddr())
			.isEqualTo("2001:db8::5");
		assertThat(pass(proxies, "0:0:0:0:0:0:0:1", "203.0.113.9, evil.example", "ftp").getRemoteAddr())
			.isEqualTo("0:0:0:0:0:0:0:1");
	}

	private static HttpServletRequest pass(TrustedProxies filter, String remote, String forwardedFor, String proto)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/login");
		request.setRemoteAddr(remote);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Proto", proto);
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

}
