package org.vigie.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.store.MediaRepository;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads at the edge: each address takes requests up to its own size (20 MB for the
 * media library, 256 MB for an export, 1 MB anywhere else), judged from the announced
 * length before anything is read; nobody who is not signed in gets an upload parsed at
 * all; the CSRF token travels in the form, never in the address. Requests are written by
 * hand and their bodies never sent: an answer proves the server did not wait to read
 * them.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=content-admin")
class UploadEdgeTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private MediaRepository media;

	@Test
	void uploadsFromAnyoneNotSignedInAreRefusedUnread() {
		long before = this.media.count();

		assertThat(statusLine(announce("/admin/media", null, 10_000_000))).contains(" 403 ");
		assertThat(statusLine(announce("/admin/import", null, 10_000_000))).contains(" 403 ");
		assertThat(statusLine(announce("/fr/", null, 900_000))).contains(" 403 ");
		assertThat(this.media.count()).isEqualTo(before);
	}

	@Test
	void uploadsFromASessionStillWaitingForItsSecondFactorAreRefusedUnread() throws Exception {
		StaffMember admin = this.accounts.create("halfway" + System.nanoTime() + "@example.org", "Hal Halfway",
				PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		this.twoFactor.enrol(admin.getId(), secret, totp(secret)).orElseThrow();
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(admin.getEmail(), PASSWORD);
		long before = this.media.count();

		assertThat(statusLine(announce("/admin/media", browser.sessionId(), 10_000_000))).contains(" 403 ");
		assertThat(statusLine(announce("/admin/import", browser.sessionId(), 10_000_000))).contains(" 403 ");
		assertThat(this.media.count()).isEqualTo(before);
	}

	@Test
	void eachAddressTakesUploadsUpToItsOwnSizeOnly() throws Exception {
		String session = administrator().sessionId();
		long before = this.media.count();

		assertThat(announce("/admin/import", session, 300L * 1024 * 1024))
			.containsPattern("Location: (http://localhost)?/admin/import\\?problem=tooLarge");
		assertThat(announce("/admin/media", session, 22L * 1024 * 1024))
			.containsPattern("Location: (http://localhost)?/admin/media\\?problem=tooLarge");
		assertThat(statusLine(announce("/admin/posts/new", session, 2L * 1024 * 1024))).contains(" 413 ");
		assertThat(announce("/admin/%6Dedia", session, 22L * 1024 * 1024))
			.containsPattern("Location: (http://localhost)?/admin/media\\?problem=tooLarge");
		assertThat(statusLine(announce("/fr/", session, 2L * 1024 * 1024))).contains(" 413 ");
		assertThat(statusLine(announce("/admin/media", session, -1))).contains(" 411 ");
		assertThat(this.media.count()).isEqualTo(before);
	}

	@Test
	void theCsrfTokenTravelsInTheUploadFormsNeverInTheirAddress() throws Exception {
		StaffBrowser browser = administrator();
		for (String page : List.of("/admin/media", "/admin/import")) {
			Element form = Jsoup.parse(browser.get(page).body()).selectFirst("form[enctype=multipart/form-data]");
			assertThat(form.attr("action")).as(page).isEqualTo(page);
			assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).as(page).isNotBlank();
		}
	}

	private StaffBrowser administrator() throws Exception {
		StaffMember admin = this.accounts.create("uploads" + System.nanoTime() + "@example.org", "Ulla Upload",
				PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		List<String> codes = this.twoFactor.enrol(admin.getId(), secret, totp(secret)).orElseThrow();
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(admin.getEmail(), PASSWORD);
		browser.post("/admin/two-factor", Map.of("_csrf", browser.csrf("/admin/two-factor"), "code", codes.get(0)));
		assertThat(browser.get("/admin/import").statusCode()).isEqualTo(200);
		return browser;
	}

	/**
	 * Announces a multipart upload of {@code length} bytes ({@code -1}: chunked, length
	 * unknown) and waits for the server's final answer without sending the body: had
	 * anything started reading it, no answer would come before the read times out.
	 */
	private String announce(String path, String session, long length) {
		String port = this.site.url("").replaceAll(".*:", "");
		try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ ((session != null) ? "Cookie: JSESSIONID=" + session + "\r\n" : "")
					+ "Content-Type: multipart/form-data; boundary=edge\r\n"
					+ ((length >= 0) ? "Content-Length: " + length : "Transfer-Encoding: chunked")
					+ "\r\nExpect: 100-continue\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			int c;
			while (head.isEmpty() || head.toString().startsWith("HTTP/1.1 100 ")) {
				head.setLength(0);
				while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
					head.append((char) c);
				}
			}
			return head.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String statusLine(String head) {
		return head.lines().findFirst().orElse("") + " ";
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

}
