package org.vigie.fundraising.certificates.issuing;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.certificates.CertificateLine.Kind;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificates page over HTTP, as a fundraiser uses it: the run goes through the job
 * with its progress on the page, each donor is told by email, the Belcotax file of 2024
 * validates against the real 2024 schema with control totals equal to the sum of the
 * certificates, the reference Belcotax gives turns the next file into a sending of
 * corrections; a year without schema is refused with a clear message and no file; staff
 * without the permission to fundraise get 403 everywhere and change nothing; hostile
 * input changes nothing.
 */
@FundraisingTest
class CertificatesPageTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Gifts gifts;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private CertificateRun run;

	@Autowired
	private CertificateStore store;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SiteClient site;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void theRunOf2024GoesThroughTheJobAndItsBelcotaxFileValidatesWithTheRightControlTotals() throws Exception {
		int year = 2024;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		YearDonors.Giver amelie = donors.certified("Amélie", "Zénith", Language.FR);
		amelie.gives(150_00, 3, 3);
		YearDonors.Giver noor = donors.certified("Noor", "Zegers", Language.NL);
		noor.gives(40_00, 4, 4);
		YearDonors.Giver olivia = donors.certified("Olivia", "Zane", Language.EN);
		olivia.gives(75_50, 5, 5);
		YearDonors.january(this.clock, year);
		StaffBrowser fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		String page = CertificatePaths.year(year);

		HttpResponse<String> started = post(fundraiser, page, page + "/run", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		Document done = awaitRun(fundraiser, page, amelie.name(), noor.name(), olivia.name());
		assertThat(done.selectFirst("#run-progress").text()).contains("The last run is finished");
		for (YearDonors.Giver giver : List.of(amelie, noor, olivia)) {
			assertThat(done.select("#certificates tbody tr").eachText())
				.anySatisfy((row) -> assertThat(row).contains(giver.name()));
		}
		List<IssuedCertificate> current = this.store.current(year);
		assertThat(current).extracting(IssuedCertificate::number)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, current.size()).boxed().toList());

		MimeMessage told = awaitSubject(olivia.email(), "certificate");
		assertThat(subject(told)).contains("Your tax certificate for 2024 is ready");
		assertThat(Mailbox.text(told)).contains("Hello Olivia", "/en/support/my-gifts").doesNotContain("75");
		assertThat(told.getContentType()).startsWith("text/plain");

		long forms = current.stream().filter((c) -> c.kind() != Kind.CANCELLATION).count();
		long amounts = current.stream()
			.filter((c) -> c.kind() != Kind.CANCELLATION)
			.mapToLong(IssuedCertificate::amountCents)
			.sum();
		long numbers = current.stream()
			.filter((c) -> c.kind() != Kind.CANCELLATION)
			.mapToLong(IssuedCertificate::number)
			.sum();
		Document before = Jsoup.parse(fundraiser.get(page).body());
		assertThat(before.select("#control-totals td").eachText()).startsWith(String.valueOf(forms),
				String.valueOf(numbers));
		HttpResponse<String> file = post(fundraiser, page, page + "/belcotax", Map.of());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment", "belcotax-281-71-2024.xml"));
		byte[] xml = file.body().getBytes(StandardCharsets.UTF_8);
		SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		schemas
			.newSchema(
					new StreamSource(new ClassPathResource("fundraising/belcotax/Belcotax-2024.xsd").getInputStream()))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
		org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new org.xml.sax.InputSource(new StringReader(file.body())));
		assertThat(parsed.getElementsByTagName("Fiche28171").getLength()).isEqualTo((int) forms);
		assertThat(value(parsed, "r8012_controletotaal")).isEqualTo(amounts);
		assertThat(value(parsed, "r9013_controletotaal")).isEqualTo(amounts);
		assertThat(value(parsed, "r8011_controletotaal")).isEqualTo(numbers);
		assertThat(value(parsed, "v0025_typeenvoi")).isZero();

		HttpResponse<String> refused = post(fundraiser, page, page + "/sent", Map.of("reference", "<b>x</b>"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#problems").text()).contains("1 to 6 letters or digits");
		assertThat(post(fundraiser, page, page + "/sent", Map.of("reference", "1234567")).statusCode()).isEqualTo(409);
		assertThat(sentCount(year)).isZero();
		assertThat(post(fundraiser, page, page + "/sent", Map.of("reference", "AB12C")).statusCode()).isEqualTo(302);
		assertThat(sentCount(year)).isEqualTo(1);

		YearDonors.Giver late = donors.certified("Lotte", "Zwart", Language.NL);
		late.gives(60_00, 12, 12);
		this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		Document after = Jsoup.parse(fundraiser.get(page).body());
		assertThat(after.selectFirst("#belcotax-kind").text()).isEqualTo("Corrections to sending AB12C");
		HttpResponse<String> corrections = post(fundraiser, page, page + "/belcotax", Map.of());
		assertThat(corrections.statusCode()).isEqualTo(200);
		org.w3c.dom.Document second = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new org.xml.sax.InputSource(new StringReader(corrections.body())));
		assertThat(value(second, "v0025_typeenvoi")).isEqualTo(1);
		assertThat(second.getElementsByTagName("v0026_referte").item(0).getTextContent()).isEqualTo("AB12C");
		assertThat(value(second, "f2028_typetraitement")).isEqualTo(2);
		assertThat(second.getElementsByTagName("Fiche28171").getLength()).isEqualTo(1);
	}

	@Test
	void aYearWithoutSchemaIsRefusedWithAClearMessageAndNoFile() {
		int year = 2016;
		new YearDonors(this.gifts, this.campaigns, year).certified("Pia", "Pauwels", Language.FR).gives(90_00, 9, 9);
		YearDonors.january(this.clock, year);
		this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		StaffBrowser fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		String page = CertificatePaths.year(year);

		HttpResponse<String> answer = post(fundraiser, page, page + "/belcotax", Map.of());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(Jsoup.parse(answer.body()).selectFirst("#problems").text()).contains(
				"There is no Belcotax schema for 2016: put the file Belcotax-2016.xsd published by the FPS Finance in the schema folder.");
		assertThat(this.jdbc.sql("select count(*) from fundraising_belcotax_sending where tax_year = ?")
			.param(year)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staffWithoutThePermissionToFundraiseGet403AndChangeNothing() {
		int year = 2017;
		new YearDonors(this.gifts, this.campaigns, year).certified("Quinten", "Quist", Language.NL).gives(90_00, 9, 9);
		YearDonors.january(this.clock, year);
		this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		IssuedCertificate certificate = this.store.ofYear(year).get(0);
		StaffBrowser fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		String page = CertificatePaths.year(year);
		String csrf = fundraiser.csrf(page);
		StaffBrowser editor = Fundraisers.signIn(this.context, Role.EDITOR);
		String editorCsrf = editor.csrf("/admin/account");

		for (String path : List.of(CertificatePaths.BASE, page, page + "/pdf/" + certificate.id(),
				page + "/certificates.zip")) {
			assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
		}
		for (String path : List.of(page + "/run", page + "/corrections", page + "/belcotax", page + "/sent")) {
			assertThat(editor.post(path, Map.of("_csrf", editorCsrf, "reference", "AAA")).statusCode()).as(path)
				.isEqualTo(403);
		}
		assertThat(this.jdbc.sql("select count(*) from fundraising_certificate_run where tax_year = ?")
			.param(year)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from fundraising_belcotax_sending where tax_year = ?")
			.param(year)
			.query(Long.class)
			.single()).isZero();
		assertThat(new StaffBrowser(this.site).get(page).statusCode()).isIn(302, 401, 403);

		assertThat(fundraiser.get(page).statusCode()).isEqualTo(200);
		HttpResponse<String> pdf = fundraiser.get(page + "/pdf/" + certificate.id());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(fundraiser.get(page + "/certificates.zip").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = ? and target in (?, ?)")
			.params(org.vigie.fundraising.FundraisingAudit.EXPORTED.name(), "certificate:" + certificate.id(),
					"certificates:" + year)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(csrf).isNotEmpty();
	}

	@Test
	void hostileAddressesAndFormsAreRefusedAndChangeNothing() {
		int year = 2018;
		new YearDonors(this.gifts, this.campaigns, year).certified("Rik", "Raes", Language.NL).gives(90_00, 9, 9);
		YearDonors.january(this.clock, year);
		this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		IssuedCertificate certificate = this.store.ofYear(year).get(0);
		StaffBrowser fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		String base = CertificatePaths.BASE;

		for (String path : List.of(base + "/abcd", base + "/1999", base + "/99999", base + "/2999",
				base + "/" + year + "/pdf/not-an-id", base + "/" + year + "/pdf/" + java.util.UUID.randomUUID(),
				base + "/2016/pdf/" + certificate.id(), base + "/2003/certificates.zip")) {
			assertThat(fundraiser.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String page = CertificatePaths.year(year);
		for (String reference : List.of("", " ", "ABCDEFG", "../../x", "A B", "é", "x".repeat(10_000))) {
			HttpResponse<String> answer = post(fundraiser, page, page + "/sent", Map.of("reference", reference));
			assertThat(answer.statusCode()).as(reference).isEqualTo(409);
		}
		HttpResponse<String> notDownloaded = post(fundraiser, page, page + "/sent", Map.of("reference", "ABC"));
		assertThat(Jsoup.parse(notDownloaded.body()).selectFirst("#problems").text())
			.contains("Download the Belcotax file of 2018 first");
		HttpResponse<String> early = fundraiser.post(CertificatePaths.year(year + 1) + "/run",
				Map.of("_csrf", fundraiser.csrf(page)));
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(early.body()).selectFirst("#problems").text())
			.contains("Certificates for 2019 can only be issued from 1 January 2020.");
		assertThat(this.store.ofYear(year)).hasSize(1);
		assertThat(this.store.ofYear(year + 1)).isEmpty();
	}

	/**
	 * The page once no run is under way any more and it lists the named donors (another
	 * test may have run the same year just before).
	 */
	private Document awaitRun(StaffBrowser fundraiser, String page, String... names) {
		java.util.concurrent.atomic.AtomicReference<Document> shown = new java.util.concurrent.atomic.AtomicReference<>();
		org.awaitility.Awaitility.await("the run to finish")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				Document now = Jsoup.parse(fundraiser.get(page).body());
				shown.set(now);
				String rows = String.join("\n", now.select("#certificates tbody tr").eachText());
				return now.selectFirst("#refresh") == null && now.selectFirst("#run-progress") != null
						&& java.util.Arrays.stream(names).allMatch(rows::contains);
			});
		return shown.get();
	}

	/**
	 * Posts a form of the page with the page's CSRF token, whether the page shows that
	 * form or not.
	 */
	private static HttpResponse<String> post(StaffBrowser browser, String page, String action,
			Map<String, String> fields) {
		Map<String, String> values = new java.util.HashMap<>(fields);
		values.put("_csrf", browser.csrf(page));
		return browser.post(action, values);
	}

	/** The first email to that address whose subject holds that word, waiting for it. */
	private MimeMessage awaitSubject(String to, String word) {
		return org.awaitility.Awaitility.await("an email about " + word)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.mailbox.to(to)
				.stream()
				.filter((message) -> subject(message).contains(word))
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
	}

	private long sentCount(int year) {
		return this.jdbc
			.sql("select count(*) from fundraising_belcotax_sending where tax_year = ? and sent_at is not null")
			.param(year)
			.query(Long.class)
			.single();
	}

	private static long value(org.w3c.dom.Document document, String element) {
		return Long.parseLong(((Element) document.getElementsByTagName(element).item(0)).getTextContent().strip());
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
