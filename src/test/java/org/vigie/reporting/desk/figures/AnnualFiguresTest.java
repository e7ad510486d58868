package org.vigie.reporting.desk.figures;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.Category;
import org.vigie.reporting.reports.Channel;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.PlaceType;
import org.vigie.reporting.reports.ReportDraft;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual figures of a year the other tests never touch (the clock is moved there):
 * counts from the clear columns, small ones shown as "fewer than 5" and never as their
 * number, on the page and in the CSV alike.
 */
@ReportingTest
class AnnualFiguresTest {

	private static final int YEAR = 2031;

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private TestClock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
	}

	@Test
	void smallCountsAreHiddenOnThePageAndInTheCsv() {
		Instant before = this.clock.instant();
		try {
			this.clock.set(java.time.LocalDate.of(YEAR, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
			for (int i = 0; i < 7; i++) {
				submit(Category.TRAFFICKING, "TH", PlaceType.HOTEL);
			}
			for (int i = 0; i < 6; i++) {
				submit(Category.ONLINE, "PH", PlaceType.ONLINE);
			}
			submit(Category.OTHER, "KE", PlaceType.STREET_BEACH);
			submit(Category.OTHER, "KE", PlaceType.STREET_BEACH);

			StaffMember analyst = ReportingFixtures.analyst(this.accounts, "Fig");
			List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, analyst.getId());
			StaffBrowser browser = StaffBrowser.fromOwnAddress(this.site);
			browser.signIn(analyst.getEmail(), ReportingFixtures.PASSWORD, codes.get(0));

			HttpResponse<String> answer = browser.get("/admin/reports/figures?year=" + YEAR);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			Document page = Jsoup.parse(answer.body());
			assertThat(row(page, "By category", "Trafficking")).isEqualTo("7");
			assertThat(row(page, "By category", "Online")).isEqualTo("6");
			assertThat(row(page, "By category", "Other")).isEqualTo("fewer than 5");
			assertThat(row(page, "By country", "KE")).isEqualTo("fewer than 5");
			assertThat(row(page, "By country", "PH")).as("a lone small count hides its smallest neighbour")
				.isEqualTo("hidden");
			assertThat(row(page, "By type of place", "Street or beach")).isEqualTo("fewer than 5");
			assertThat(page.text()).contains("Reports received this year: not shown");
			assertThat(page.select("td.figures-count").eachText()).doesNotContain("2", "0", "1");

			HttpResponse<String> csv = browser.get("/admin/reports/figures.csv?year=" + YEAR);
			assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith("text/csv"));
			assertThat(csv.body()).contains("category,TRAFFICKING,7\r\n", "category,OTHER,fewer than 5\r\n",
					"country,KE,fewer than 5\r\n", "country,PH,hidden\r\n", "total," + YEAR + ",hidden\r\n");
			assertThat(csv.body()).doesNotContainPattern(",(0|1|2)\\r\\n");

			assertThat(browser.get("/admin/reports/figures?year=%3Cscript%3E").statusCode()).isEqualTo(200);
			assertThat(browser.get("/admin/reports/figures.csv?year=99999999999").statusCode()).isEqualTo(200);
		}
		finally {
			this.clock.set(before);
		}
	}

	private void submit(Category category, String country, PlaceType place) {
		ReportDraft sample = ReportingFixtures.report("figures");
		this.reports.submit(new ReportDraft(category, country, place, FollowUp.NONE, Channel.WEB, sample.content()),
				List.of());
	}

	private static String row(Document page, String caption, String value) {
		Element table = page.select("table.figures-table")
			.stream()
			.filter((t) -> t.selectFirst("caption").text().equals(caption))
			.findFirst()
			.orElseThrow();
		return table.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError(value + " not in " + caption))
			.selectFirst("td")
			.text();
	}

}
