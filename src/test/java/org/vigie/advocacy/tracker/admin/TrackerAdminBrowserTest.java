package org.vigie.advocacy.tracker.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, an advocacy officer signs in with the second factor, opens the tracker's
 * matrix, opens a cell, is refused a status change without a source (the form kept),
 * records it with its source and sees it in the history; then the public tracker shows
 * the new status. axe-core finds no serious or critical violation on the pages visited.
 */
@AdvocacyTest
class TrackerAdminBrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anOfficerChangesAStatusWithItsSourceAndSeesItInTheHistory() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		signIn();
		this.browser.findElement(By.cssSelector("[data-areas] a[href='" + TrackerAdminController.PATH + "']")).click();
		waitFor(TrackerAdminController.PATH);
		problems.addAll(Axe.seriousViolations(this.browser, "instruments"));
		this.browser
			.findElement(By
				.cssSelector("[data-instrument='" + instrument.code() + "'] a[href$='" + instrument.code() + "']"))
			.click();
		waitFor(TrackerAdminController.PATH + "/" + instrument.code());
		problems.addAll(Axe.seriousViolations(this.browser, "matrix"));
		this.browser.findElement(By.cssSelector("tr[data-state=AT] td[data-article='5'] a")).click();
		waitFor(TrackerAdminController.cellPath(instrument, "5", "AT"));
		problems.addAll(Axe.seriousViolations(this.browser, "cell"));

		changeStatus("PARTLY", this.tracker.today().minusDays(20));

		assertThat(this.browser.findElement(By.cssSelector("[data-current-status]")).getText()).isEqualTo("Partly");
		WebElement row = this.browser.findElement(By.cssSelector("[data-history=history] tbody tr"));
		assertThat(row.getAttribute("data-status")).isEqualTo("PARTLY");
		assertThat(row.getText()).contains(this.tracker.today().minusDays(20).toString(), "Court decision",
				"Constitutional Court, judgment 12/2024");
		problems.addAll(Axe.seriousViolations(this.browser, "cell after the change"));
		assertThat(problems).isEmpty();
	}

	@Test
	void theNewStatusShowsOnThePublicTrackerCountryPageAndMap() {
		Instrument directive = this.tracker.main().orElseThrow();
		Matrix matrix = this.tracker.matrix(directive);
		Cell cell = matrix.states()
			.stream()
			.filter((state) -> matrix.row(state).stream().noneMatch((c) -> c.status() == Status.UNCLEAR))
			.flatMap((state) -> matrix.row(state).stream())
			.filter((c) -> c.status() == Status.TRANSPOSED)
			.findFirst()
			.orElseThrow();
		Assessment before = cell.assessment();
		this.browser = Browser.start(true);
		try {
			signIn();
			String map = AdvocacyPaths.map(Language.EN) + "?article=" + cell.provision().article();
			this.browser.get(this.site.url(map));
			assertThat(this.browser.findElement(By.cssSelector("svg a[data-state='" + cell.state() + "']"))
				.getAttribute("data-shade")).as("the map before").isEqualTo("TRANSPOSED");
			this.browser.get(this.site
				.url(TrackerAdminController.cellPath(directive, cell.provision().article(), cell.state())));
			changeStatus("UNCLEAR", this.tracker.today().minusDays(2));
			assertThat(this.browser.findElement(By.cssSelector("[data-current-status]")).getText())
				.isEqualTo("Unclear");

			this.browser.get(this.site.url(map));
			assertThat(this.browser.findElement(By.cssSelector("svg a[data-state='" + cell.state() + "']"))
				.getAttribute("data-shade")).as("the map's colour").isEqualTo("UNCLEAR");
			assertThat(this.browser.findElement(By.cssSelector("[data-map-text] tr[data-state='" + cell.state() + "']"))
				.getText()).as("the map's text alternative").contains("Unclear");
			this.browser.get(this.site.url(AdvocacyPaths.country(Language.EN, cell.state())));
			assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Unclear");
			HttpResponse<String> dataset = this.site.get(AdvocacyPaths.tracker(Language.EN) + ".csv");
			assertThat(statusIn(dataset.body(), cell.state(), cell.provision().article())).isEqualTo("UNCLEAR");
		}
		finally {
			Assessment changed = this.tracker.matrix(directive).cell(cell.state(), cell.provision()).assessment();
			if (changed != null && !changed.id().equals(before.id())) {
				this.tracker.correct(changed.id(),
						new AssessmentDraft(before.provisionId(), before.state(), before.status(), before.validFrom(),
								before.reviewedOn(), before.measure(), before.quote(), before.notes(), before.source()),
						"test", this.clock.instant());
			}
		}
	}

	/**
	 * On a cell's page: first without a source (refused, the form kept), then with it.
	 */
	private void changeStatus(String status, LocalDate from) {
		new Select(this.browser.findElement(By.id("r-status"))).selectByValue(status);
		day("r-valid_from", from);
		new Select(this.browser.findElement(By.id("r-source_kind"))).selectByValue("NONE");
		type("r-note_en", "Changed after the court ruled.");
		this.browser.findElement(By.cssSelector("form[data-record-form] button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-problem-for=source_kind]")));
		assertThat(this.browser.findElement(By.cssSelector("[data-problem-for=source_kind]")).getText())
			.isEqualTo("A status must cite its source: its kind and its address or reference.");
		assertThat(this.browser.findElement(By.id("r-note_en")).getAttribute("value"))
			.isEqualTo("Changed after the court ruled.");
		new Select(this.browser.findElement(By.id("r-source_kind"))).selectByValue("COURT_DECISION");
		type("r-source_label", "Constitutional Court, judgment 12/2024");
		type("r-source_address", "https://www.const-court.be/public/f/2024/2024-012f.pdf");
		this.browser.findElement(By.cssSelector("form[data-record-form] button[type=submit]")).click();
		waitFor("done=recorded");
	}

	private static String statusIn(String csv, String state, String article) {
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), TrackerCsv.FORMAT)) {
			List<String> header = parser.iterator().next().toList();
			for (CSVRecord record : parser) {
				if (record.get(header.indexOf("state")).equals(state)
						&& record.get(header.indexOf("article")).equals(article)) {
					return record.get(header.indexOf("status"));
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void signIn() {
		Campaigners.Enrolled member = Advocates.create(this.context, Language.EN);
		this.browser.get(this.site.url("/admin/login"));
		type("email", member.email());
		type("password", Campaigners.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		type("code", member.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
		this.browser.get(this.site.url("/admin/advocacy"));
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void day(String id, LocalDate day) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(id)),
				day.toString());
	}

	private void waitFor(String path) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
	}

}
