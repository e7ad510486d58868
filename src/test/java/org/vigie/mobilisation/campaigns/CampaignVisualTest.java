package org.vigie.mobilisation.campaigns;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.media.TestImages;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaigner picks the campaign's visual in the media library (by number or address);
 * its share images are then cut from it, each at its exact size, with the title band at
 * the bottom, and the library shows the campaign uses the file. Without a visual the
 * drawn images stay; a document or an unknown item is refused with the reason.
 */
@MobilisationTest
class CampaignVisualTest {

	private static final String PASSWORD = "correct horse battery staple";

	private static final String[] FORMATS = { "1200x630", "1080x1080", "1080x1920" };

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private MediaLibrary library;

	@Autowired
	private MediaUsage usage;

	@Autowired
	private TestClock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theShareImagesAreCutFromThePngVisualPickedByNumber() throws Exception {
		Color teal = new Color(0x2a, 0x9d, 0x8f);
		MediaFile visual = this.library.importFile("visual.png", solid("png", 2400, 1500, teal), Language.FR, null);
		Campaign campaign = create(String.valueOf(visual.id()));
		assertThat(campaign.imagePath()).isEqualTo(visual.path());
		assertThat(this.usage.usersOf(visual.id())).contains("mobilisation:campaign:" + campaign.id());
		for (String format : FORMATS) {
			BufferedImage image = fetch(campaign, format, "image/png");
			assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(format);
			assertClose(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 10)), teal, 2);
			assertClose(new Color(image.getRGB(3, 3)), teal, 2);
		}
	}

	@Test
	void aPhotoVisualPickedByAddressGivesJpegs() throws Exception {
		Color rose = new Color(0xc8, 0x3a, 0x5b);
		MediaFile visual = this.library.importFile("photo.jpg", solid("jpeg", 1000, 1400, rose), Language.FR, null);
		Campaign campaign = create(visual.path());
		for (String format : FORMATS) {
			BufferedImage image = fetch(campaign, format, "image/jpeg");
			assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(format);
			assertClose(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 10)), rose, 10);
		}
	}

	@Test
	void withoutAVisualTheImagesAreDrawn() throws Exception {
		Campaign campaign = create("");
		assertThat(campaign.imagePath()).isNull();
		for (String format : FORMATS) {
			BufferedImage image = fetch(campaign, format, "image/png");
			assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(format);
			assertThat(new Color(image.getRGB(3, 3))).isEqualTo(new Color(0x0b, 0x2a, 0x4a));
		}
	}

	@Test
	void aDocumentOrAnUnknownItemIsRefused() {
		StaffBrowser browser = signIn();
		MediaFile pdf = this.library.importFile("report.pdf", TestImages.pdf(), Language.FR, null);
		String key = "visual-" + UUID.randomUUID().toString().substring(0, 8);
		for (String typed : new String[] { String.valueOf(pdf.id()), "987654321", pdf.path(),
				"/media/img/0123456789abcdef01234567/1600.jpg", "99999999999999999999999", "1 OR 1=1" }) {
			Map<String, String> fields = valid(key);
			fields.put("image", typed);
			HttpResponse<String> refused = browser.submit(NEW, NEW, fields);
			assertThat(refused.statusCode()).as(typed).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text()).as(typed)
				.startsWith("Le visuel doit être une image de la médiathèque");
		}
		assertThat(this.campaigns.byKey(key)).isEmpty();
	}

	private Campaign create(String image) {
		String key = "visual-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = valid(key);
		fields.put("image", image);
		HttpResponse<String> created = signIn().submit(NEW, NEW, fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return this.campaigns.byKey(key).orElseThrow();
	}

	private BufferedImage fetch(Campaign campaign, String format, String type) throws Exception {
		Supporter zoe = Supporter.fromOwnNetwork(this.port);
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create(zoe.url(CampaignPaths.image(Language.FR, campaign, format)))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	private static void assertClose(Color actual, Color expected, int tolerance) {
		assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of " + actual).isLessThanOrEqualTo(tolerance);
		assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of " + actual)
			.isLessThanOrEqualTo(tolerance);
		assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of " + actual)
			.isLessThanOrEqualTo(tolerance);
	}

	/**
	 * An image of one colour, with a pixel that makes its bytes (and media item) its own;
	 * a PNG has an alpha channel, so that the library keeps it as PNG.
	 */
	private static byte[] solid(String format, int width, int height, Color color) throws IOException {
		BufferedImage image = new BufferedImage(width, height,
				"png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.dispose();
		image.setRGB(width - 1, height - 1, 0xff000000 | (UUID.randomUUID().hashCode() & 0xffffff));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private Map<String, String> valid(String key) {
		Map<String, String> fields = new HashMap<>();
		fields.put("key", key);
		fields.put("goal", "2500");
		fields.put("opensOn",
				LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels")).minusDays(1).toString());
		fields.put("closesOn", "");
		fields.put("published", "true");
		fields.put("image", "");
		for (Language language : Language.all()) {
			String code = language.code();
			fields.put("slug_" + code, key + "-" + code);
			fields.put("title_" + code, "Visual " + key);
			fields.put("summary_" + code, "Summary " + code);
			fields.put("story_" + code, "One.\n\nTwo.");
			fields.put("share_" + code, "Share " + code);
		}
		return fields;
	}

	private StaffBrowser signIn() {
		StaffAccounts accounts = this.context.getBean(StaffAccounts.class);
		StaffMember member = accounts.create("visual-" + UUID.randomUUID() + "@example.org", "Camille Campaigner",
				PASSWORD, Language.FR, Set.of(Role.CAMPAIGNER), "test");
		var codes = SecondFactors.enrol(this.context.getBean(TwoFactor.class), this.clock, member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(this.context.getBean(SiteClient.class));
		browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		return browser;
	}

	private static final String NEW = "/admin/mobilisation/campaigns/new";

}
