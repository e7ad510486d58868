package org.vigie.content.wordpress;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads a WordPress export in the back-office, follows the import and
 * reads its report; a file that is not an export gets the reason, with its line.
 */
@SiteTest
@Import(ImportAdminTest.RunAtOnce.class)
@TestPropertySource(properties = "vigie.test.context=import-admin")
class ImportAdminTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private ImportJobRepository jobs;

	@Test
	void anAdministratorImportsAnExportAndReadsTheReport() throws Exception {
		StaffBrowser browser = administrator();
		String csrf = browser.csrf("/admin/import");
		byte[] export = getClass().getResourceAsStream("/wordpress/polylang-site.xml").readAllBytes();

		HttpResponse<String> started = browser.upload("/admin/import", csrf, "file", "export.xml", export,
				Map.of("dryRun", "false"));

		assertThat(started.statusCode()).isEqualTo(302);
		String job = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		var page = Jsoup.parse(browser.get(job).body());
		assertThat(page.select("[role=status]").text()).isEqualTo("Terminé.");
		assertThat(page.select(".import-report").text()).contains("post", "5 created", "page", "2 created");
		assertThat(this.site.get("/en/news/a-new-season").statusCode()).isEqualTo(200);

		HttpResponse<String> notWxr = browser.upload("/admin/import", csrf, "file", "page.xml",
				"<?xml version=\"1.0\"?>\n<html><body/></html>".getBytes(StandardCharsets.UTF_8), Map.of());
		var failed = Jsoup.parse(
				browser.get(notWxr.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
					.body());
		assertThat(failed.select("[role=status]").text()).contains("rien n’a été importé");
		assertThat(failed.select(".import-report").text()).contains("n’est pas un export WordPress", "ligne 2");
	}

	@Test
	void imagesAreReadOnlyFromInsideTheServersImportFolder() throws Exception {
		StaffBrowser browser = administrator();
		String csrf = browser.csrf("/admin/import");
		byte[] export = getClass().getResourceAsStream("/wordpress/polylang-site.xml").readAllBytes();
		long before = this.jobs.count();

		for (String folder : List.of("/etc", "../../etc", "/", System.getProperty("java.io.tmpdir"))) {
			HttpResponse<String> refused = browser.upload("/admin/import", csrf, "file", "export.xml", export,
					Map.of("uploads", folder));
			assertThat(refused.statusCode()).as(folder).isEqualTo(200);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).as(folder)
				.contains("VIGIE_IMPORT_DIRECTORY");
		}
		assertThat(this.jobs.count()).isEqualTo(before);
	}

	private StaffBrowser administrator() throws Exception {
		StaffMember admin = this.accounts.create("import" + System.nanoTime() + "@example.org", "Iris Import", PASSWORD,
				Language.FR, Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		List<String> codes = this.twoFactor.enrol(admin.getId(), secret, totp(secret)).orElseThrow();
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(admin.getEmail(), PASSWORD);
		browser.post("/admin/two-factor", Map.of("_csrf", browser.csrf("/admin/two-factor"), "code", codes.get(0)));
		assertThat(browser.get("/admin/import").statusCode()).isEqualTo(200);
		return browser;
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RunAtOnce {

		@Bean
		@org.springframework.context.annotation.Primary
		@org.springframework.beans.factory.annotation.Qualifier("importExecutor")
		Executor synchronousImports() {
			return new SyncTaskExecutor();
		}

	}

}
