package org.vigie.mobilisation.events.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.Poppler;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Attachment;
import org.vigie.notifications.MailParts;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the door, a campaigner checks people in from a phone: the list sorted by name with
 * the counts, a search by name, a ticket's QR code that opens the person (opening changes
 * nothing), checking in once (twice says so), and the printed list; nobody else can.
 */
@MobilisationTest
class CheckInDeskTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private CheckInTickets tickets;

	@Autowired
	private CheckInCodes codes;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private CheckInFixtures fixtures;

	private String desk;

	@BeforeEach
	void event() {
		this.fixtures = new CheckInFixtures(this.events, this.registrations, this.people, this.clock.instant());
		this.desk = "/admin/mobilisation/events/" + this.fixtures.event + "/check-in";
	}

	@AfterEach
	void forgetOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aCampaignerChecksPeopleInFromTheListOnceEach() {
		Instant now = this.clock.instant();
		Registration zoe = this.fixtures.register("Zoé Lambert", 2, "Fauteuil roulant", now);
		this.fixtures.register("Adrien Dubois", 1, null, now);
		StaffBrowser staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);

		Document page = Jsoup.parse(staff.get(this.desk).body());
		assertThat(page.select("[data-person] strong").eachText()).containsExactly("Adrien Dubois", "Zoé Lambert");
		assertThat(page.selectFirst("[data-counts]").text()).isEqualTo("0 of 2 registrations arrived (0 of 3 places)");
		assertThat(page.selectFirst("[data-person=" + zoe.id() + "]").text()).contains("2 places", "Fauteuil roulant");
		assertThat(Jsoup.parse(staff.get(this.desk + "?q=zoe").body()).select("[data-person] strong").eachText())
			.as("found without the accent")
			.containsExactly("Zoé Lambert");

		HttpResponse<String> first = staff.post(this.desk,
				Map.of("_csrf", staff.csrf(this.desk), "registration", zoe.id().toString()));
		assertThat(first.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(staff.get(path(first)).body());
		assertThat(after.selectFirst("[data-done]").text()).isEqualTo("Zoé Lambert: arrival recorded.");
		assertThat(after.selectFirst("[data-counts]").text()).isEqualTo("1 of 2 registrations arrived (2 of 3 places)");
		assertThat(after.selectFirst("[data-person=" + zoe.id() + "] [data-arrived]")).isNotNull();

		String csrf = staff.csrf(this.desk);
		HttpResponse<String> twice = staff.post(this.desk, Map.of("_csrf", csrf, "registration", zoe.id().toString()));
		assertThat(Jsoup.parse(staff.get(path(twice)).body()).selectFirst("[data-done]").text())
			.isEqualTo("Zoé Lambert had already been recorded: nothing changed.");
		assertThat(this.registrations.find(zoe.id()).orElseThrow().checkedInAt()).isNotNull();
	}

	@Test
	void aTicketsQrCodeOpensThePersonAndOnlyThePostChecksThemIn() throws Exception {
		Instant now = this.clock.instant();
		Registration lina = this.fixtures.register("Lina Peeters", 1, null, now);
		Attachment ticket = this.tickets.attachment(lina);
		assertThat(ticket.contentType()).isEqualTo("image/png");
		String scanned = decode(ticket.bytes());
		String scanPath = URI.create(scanned).getPath();
		assertThat(scanPath).startsWith(this.desk + "/").matches(".*/check-in/[0-9a-f]{32}");
		StaffBrowser staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);

		Document opened = Jsoup.parse(staff.get(scanPath).body());
		assertThat(opened.selectFirst("[data-scanned]").text()).isEqualTo("Lina Peeters");
		assertThat(this.registrations.find(lina.id()).orElseThrow().checkedInAt()).as("opening changes nothing")
			.isNull();
		HttpResponse<String> done = staff.submit(scanPath, scanPath, Map.of());
		assertThat(Jsoup.parse(staff.get(path(done)).body()).selectFirst("[data-done]").text())
			.isEqualTo("Lina Peeters: arrival recorded.");
		assertThat(Jsoup.parse(staff.get(scanPath).body()).selectFirst("[data-arrived]")).isNotNull();

		String forged = scanPath.substring(0, scanPath.length() - 32) + "0".repeat(32);
		assertThat(Jsoup.parse(staff.get(forged).body()).selectFirst("[data-unknown]")).isNotNull();
		assertThat(staff.get(this.desk + "/not-a-code").statusCode()).isEqualTo(404);
	}

	@Test
	void theConfirmationCarriesTheTicketsQrCode() throws Exception {
		Registration noor = this.fixtures.register("Noor El Amrani", 1, null, this.clock.instant());
		String to = this.people.email(noor.personId()).orElseThrow().value();

		MimeMessage confirmation = new Mailbox(mail).await(to, 1).get(0);

		MailParts parts = MailParts.of(confirmation);
		assertThat(parts.text()).contains("montrez le code QR joint");
		assertThat(parts.attachment(".ics").contentType()).contains("text/calendar");
		MailParts.Part png = parts.attachment(".png");
		assertThat(png.contentType()).startsWith("image/png");
		assertThat(decode(png.bytes())).isEqualTo(decode(this.tickets.attachment(noor).bytes()))
			.endsWith(this.desk + "/" + this.codes.code(noor.id()));
	}

	@Test
	void onlyCampaignersOpenTheDeskAndPostsNeedTheSessionsToken() {
		Registration sam = this.fixtures.register("Sam Janssens", 1, null, this.clock.instant());
		StaffBrowser editor = Campaigners.signIn(this.context, Role.EDITOR, Language.EN);
		assertThat(editor.get(this.desk).statusCode()).isEqualTo(403);
		assertThat(editor.get(this.desk + "/list.pdf").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = this.site.get(this.desk);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		StaffBrowser staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		assertThat(staff.post(this.desk, Map.of("registration", sam.id().toString())).statusCode()).as("no CSRF token")
			.isEqualTo(403);
		assertThat(this.registrations.find(sam.id()).orElseThrow().checkedInAt()).isNull();
	}

	@Test
	void thePrintedListHasEveryoneByNameWithTheirPlacesAndNeeds() {
		Poppler.require();
		Instant now = this.clock.instant();
		this.fixtures.register("Élodie Martin", 3, "Boucle magnétique", now);
		this.fixtures.register("Bram De Smet", 1, null, now);
		this.fixtures.register("Zeynep Yılmaz", 1, null, now);
		StaffBrowser staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.FR);

		HttpResponse<byte[]> pdf = this.site.getBytes(this.desk + "/list.pdf", "Cookie",
				"JSESSIONID=" + staff.sessionId());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = Poppler.text(pdf.body());
		assertThat(text).contains("Nom", "Places", "Boucle magnétique", "Zeynep Yılmaz");
		assertThat(text.indexOf("Bram De Smet")).isLessThan(text.indexOf("Élodie Martin"));
		assertThat(text.indexOf("Élodie Martin")).isLessThan(text.indexOf("Zeynep Yılmaz"));
	}

	private static String path(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
	}

}
