package org.vigie.fundraising.certificates.issuing;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffMember;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser in Chromium, one January morning: signs in with both factors, opens the
 * certificates page from the back-office, starts the run of the past year, follows its
 * progress until it is done, sees the donors' certificates numbered, and downloads the
 * Belcotax file, which the server produced valid against the year's schema; axe-core
 * finds no serious or critical violation on the way.
 */
@FundraisingTest
class CertificatesBrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Gifts gifts;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private TestClock clock;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	private ChromeDriver browser;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aFundraiserRunsTheYearSeesTheNumberedCertificatesAndDownloadsTheBelcotaxFile() throws Exception {
		int year = 2024;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		YearDonors.Giver sofie = donors.certified("Sofie", "Browserova", Language.NL);
		sofie.gives(85_00, 10, 1);
		YearDonors.Giver theo = donors.certified("Théo", "Browserin", Language.FR);
		theo.gives(120_00, 10, 2);
		YearDonors.january(this.clock, year);
		StaffMember member = Fundraisers.create(this.context, Role.FUNDRAISER);
		List<String> codes = Fundraisers.codes(this.context, member);

		this.browser = Browser.start();
		this.browser.get(this.site.url("/admin/login"));
		this.browser.findElement(By.id("email")).sendKeys(member.getEmail());
		this.browser.findElement(By.id("password")).sendKeys(Fundraisers.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("/admin/two-factor"));
		this.browser.findElement(By.id("code")).sendKeys(codes.get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin$"));

		this.browser.get(this.site.url(CertificatePaths.BASE));
		waitFor(ExpectedConditions.urlContains(CertificatePaths.year(year)));
		check("certificates page");
		assertThat(text()).contains("Tax certificates 2024", "Vigie Prévention ASBL");

		this.browser.findElement(By.id("run")).click();
		waitFor(ExpectedConditions.urlContains("done=started"));
		check("run started");
		assertThat(this.browser.findElement(By.cssSelector("p.notice")).getText()).contains("The run has started");
		org.awaitility.Awaitility.await("the run to finish")
			.atMost(java.time.Duration.ofSeconds(60))
			.pollInterval(java.time.Duration.ofMillis(500))
			.until(() -> {
				if (this.browser.findElements(By.id("refresh")).isEmpty()) {
					return true;
				}
				this.browser.findElement(By.id("refresh")).click();
				return false;
			});
		assertThat(this.browser.findElement(By.id("run-progress")).getText()).contains("The last run is finished");
		check("run done");

		String sofieRow = row(sofie.name());
		String theoRow = row(theo.name());
		assertThat(sofieRow).matches("\\d+ 1 Original Sofie Browserova €\\s?85\\.00 .*");
		assertThat(theoRow).matches("\\d+ 1 Original Théo Browserin €\\s?120\\.00 .*");
		List<Integer> numbers = this.browser.findElements(By.cssSelector("#certificates tbody tr"))
			.stream()
			.map((row) -> Integer.valueOf(row.getDomAttribute("data-number")))
			.distinct()
			.toList();
		assertThat(numbers)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
		assertThat(this.browser.findElement(By.id("control-totals")).getText()).contains("Forms");

		List<java.util.UUID> before = waiting(year);
		this.browser.findElement(By.id("belcotax")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !waiting(year).isEmpty() && !waiting(year).equals(before));
		byte[] xml = this.jdbc.sql("""
				select xml from fundraising_belcotax_sending where tax_year = ? and sent_at is null""")
			.param(year)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(
					new StreamSource(new ClassPathResource("fundraising/belcotax/Belcotax-2024.xsd").getInputStream()))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
		assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("Browserova", "Browserin");
		this.browser.get(this.browser.getCurrentUrl());
		check("after the download");
		assertThat(this.browser.findElement(By.id("reference")).isDisplayed()).isTrue();
		assertThat(this.violations).isEmpty();
	}

	private String row(String name) {
		return this.browser.findElements(By.cssSelector("#certificates tbody tr"))
			.stream()
			.map(WebElement::getText)
			.filter((text) -> text.contains(name))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The year's files waiting for Belcotax's reference (a new download replaces them).
	 */
	private List<java.util.UUID> waiting(int year) {
		return this.jdbc.sql("select id from fundraising_belcotax_sending where tax_year = ? and sent_at is null")
			.param(year)
			.query(java.util.UUID.class)
			.list();
	}

	private String text() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

	private void check(String label) {
		this.violations.addAll(Axe.seriousViolations(this.browser, label));
	}

	private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

}
