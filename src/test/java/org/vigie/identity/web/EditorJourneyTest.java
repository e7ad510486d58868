package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.TestClock;
import org.vigie.media.TestImages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's journey in a real browser, from a fresh install to a news post public in
 * three languages: first setup with the token from the log, the administrator's second
 * factor, an invitation by email (GreenMail), the editor's first sign-in, an image
 * upload, writing in the rich-text editor, preview, scheduling for tomorrow 9:00, the
 * Dutch and English translations, the public site when the time comes, and restoring a
 * revision. The back-office pages met on the way pass axe-core.
 */
@SiteTest
@Import(EditorJourneyTest.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT0.2S",
		"vigie.test.context=editor-journey",
		// The journey moves the clock to the next morning; the session lives on.
		"vigie.identity.session-lifetime=P3D" })
class EditorJourneyTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String ADMIN_PASSWORD = "correct horse battery staple";

	private static final String EDITOR_PASSWORD = "five little ducks went swimming";

	private static final Pattern INVITATION = Pattern
		.compile("http://localhost:8080(/admin/invitation\\?token=[A-Za-z0-9_-]+)");

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static ChromeDriver browser;

	@Autowired
	private SiteClient site;

	@Autowired
	private SetupToken setupToken;

	@Autowired
	private TestClock clock;

	private final List<String> violations = new ArrayList<>();

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anEditorPublishesATrilingualPostAtTheScheduledTimeAndRestoresARevision() throws Exception {
		// First setup: /admin leads to the setup page, protected by the token in the log.
		browser.get(this.site.url("/admin"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/setup");
		type("token", this.setupToken.current());
		type("email", "direction@example.org");
		type("displayName", "Dominique Direction");
		type("password", ADMIN_PASSWORD);
		type("passwordAgain", ADMIN_PASSWORD);
		new Select(browser.findElement(By.id("language"))).selectByValue("fr");
		submit("form.admin-form");
		waitFor("/admin/login");

		// The administrator signs in and must enrol an authenticator app.
		signIn("direction@example.org", ADMIN_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/admin/two-factor");
		String secret = browser.findElement(By.cssSelector("code.secret")).getText().replace(" ", "");
		type("code", totp(secret));
		submit("form.admin-form");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector(".recovery-codes code")).isEmpty());
		assertThat(browser.findElements(By.cssSelector(".recovery-codes code"))).hasSize(10);

		// ... and invites an editor by email.
		browser.get(this.site.url("/admin/staff"));
		type("invite-email", "redaction@example.org");
		browser.findElement(By.cssSelector("form[action='/admin/staff/invite'] input[value=EDITOR]")).click();
		submit("form[action='/admin/staff/invite']");
		// The answer comes after the click returns: wait for it rather than read the old
		// page.
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isNotBlank();
		String invitation = invitationLink("redaction@example.org");
		browser.findElement(By.cssSelector(".admin-signout button")).click();
		waitFor("signedOut");

		// The editor joins through the emailed link, signs in and enrols a second factor
		// too.
		browser.get(this.site.url(invitation));
		type("displayName", "Rita Rédaction");
		type("password", EDITOR_PASSWORD);
		type("passwordAgain", EDITOR_PASSWORD);
		submit("form.admin-form");
		waitFor("/admin/login");
		signIn("redaction@example.org", EDITOR_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/admin/two-factor");
		String editorSecret = browser.findElement(By.cssSelector("code.secret")).getText().replace(" ", "");
		type("code", totp(editorSecret));
		submit("form.admin-form");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.cssSelector(".recovery-codes code")).isEmpty());
		browser.get(this.site.url("/admin"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin");

		// An image for the cover, with its text alternative in each language.
		Path photo = Files.createTempFile("classe", ".jpg");
		Files.write(photo, TestImages.photoWithGps(1800, 1200));
		browser.get(this.site.url("/admin/media"));
		browser.findElement(By.id("file")).sendKeys(photo.toString());
		type("alt_fr", "Des enfants lèvent la main en classe");
		type("alt_nl", "Kinderen steken hun hand op in de klas");
		type("alt_en", "Children raise their hands in class");
		submit("form[enctype='multipart/form-data']");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("ajouté");
		check("/admin/media");

		// A news post in French, written in the rich-text editor.
		browser.get(this.site.url("/admin/posts/new?lang=fr"));
		type("title", "Une nouvelle saison de formations dans les écoles");
		WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.click();
		editor.sendKeys("Nos formateurs reprennent la route des écoles.");
		editor.sendKeys(Keys.ENTER, "Inscrivez votre classe avant décembre.");
		new Select(browser.findElement(By.id("cover"))).selectByIndex(1);
		type("coverAlt", "Des enfants lèvent la main en classe");
		check("/admin/posts/new");
		browser.findElement(By.cssSelector("button[value=preview]")).click();
		waitFor("/preview");
		assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("Aperçu");
		assertThat(browser.findElement(By.cssSelector("h1")).getText())
			.isEqualTo("Une nouvelle saison de formations dans les écoles");
		assertThat(browser.findElement(By.cssSelector(".prose")).getText())
			.contains("Nos formateurs reprennent la route des écoles.");
		assertThat(browser.findElement(By.cssSelector(".post__cover")).getAttribute("srcset")).contains("480w");
		browser.findElement(By.cssSelector(".preview-banner a")).click();
		String frenchEditor = browser.getCurrentUrl();

		// Scheduled for tomorrow at 9:00, the moment the form suggests.
		Instant tomorrowNine = this.clock.instant()
			.atZone(BRUSSELS)
			.toLocalDate()
			.plusDays(1)
			.atTime(LocalTime.of(9, 0))
			.atZone(BRUSSELS)
			.toInstant();
		assertThat(browser.findElement(By.id("publishAt")).getAttribute("value")).endsWith("T09:00");
		submit(".schedule-form");
		waitFor("done=scheduled");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Programmé");
		check("/admin/posts/{id}");

		// The Dutch and English translations, pre-filled from the French one.
		translate("nl", "Een nieuw seizoen van vormingen in de scholen",
				"Onze vormingswerkers trekken opnieuw naar de scholen.");
		translate("en", "A new season of training in schools", "Our trainers are back on the road to schools.");

		// Nothing is public before the time comes.
		String frenchAddress = "/fr/actualites/une-nouvelle-saison-de-formations-dans-les-ecoles";
		assertThat(this.site.get(frenchAddress).statusCode()).isEqualTo(404);

		this.clock.set(tomorrowNine.plusSeconds(1));
		Document french = Jsoup.parse(this.site.get(frenchAddress).body());
		assertThat(french.selectFirst("h1").text()).isEqualTo("Une nouvelle saison de formations dans les écoles");
		assertThat(french.selectFirst(".post__cover").attr("alt")).isEqualTo("Des enfants lèvent la main en classe");
		String dutchAddress = french.selectFirst("link[rel=alternate][hreflang=nl]").attr("href");
		String englishAddress = french.selectFirst("link[rel=alternate][hreflang=en]").attr("href");
		Document dutch = Jsoup.parse(this.site.get(path(dutchAddress)).body());
		Document english = Jsoup.parse(this.site.get(path(englishAddress)).body());
		assertThat(dutch.selectFirst("h1").text()).isEqualTo("Een nieuw seizoen van vormingen in de scholen");
		assertThat(dutch.selectFirst(".prose").text()).contains("Onze vormingswerkers");
		assertThat(english.selectFirst("h1").text()).isEqualTo("A new season of training in schools");
		assertThat(english.selectFirst("link[rel=alternate][hreflang=fr]").attr("href")).endsWith(frenchAddress);

		// A change, then the first revision restored.
		browser.get(frenchEditor);
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys("Un titre changé par erreur");
		browser.findElement(By.cssSelector("button[value=save]")).click();
		waitFor("done=saved");
		assertThat(Jsoup.parse(this.site.get(frenchAddress).body()).selectFirst("h1").text())
			.isEqualTo("Un titre changé par erreur");
		browser.findElement(By.cssSelector(".revisions li:last-child a")).click();
		assertThat(browser.findElements(By.cssSelector(".diff del")))
			.as(browser.getCurrentUrl() + " " + browser.findElement(By.tagName("main")).getText())
			.isNotEmpty();
		String titleDiff = browser.findElement(By.cssSelector(".diff")).getText();
		assertThat(browser.findElements(By.cssSelector(".diff:first-of-type del, .diff del"))
			.stream()
			.map(WebElement::getText)
			.toList()).contains("saison");
		assertThat(browser.findElements(By.cssSelector(".diff ins")).stream().map(WebElement::getText).toList())
			.anyMatch((text) -> text.contains("erreur"));
		assertThat(titleDiff).contains("Une", "saison", "Un", "erreur");
		check("/admin/posts/{id}/revisions/{n}");
		submit("form[action$='/restore']");
		waitFor("done=restored");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("restaurée");
		assertThat(Jsoup.parse(this.site.get(frenchAddress).body()).selectFirst("h1").text())
			.isEqualTo("Une nouvelle saison de formations dans les écoles");

		browser.get(this.site.url("/admin/posts?lang=nl"));
		check("/admin/posts");
		browser.get(this.site.url("/admin/pages"));
		check("/admin/pages");
		browser.get(this.site.url("/admin/pages/new?lang=nl"));
		check("/admin/pages/new");
		browser.get(this.site.url("/admin/categories?lang=en"));
		check("/admin/categories");
		assertThat(this.violations).isEmpty();
	}

	private void translate(String language, String title, String body) {
		browser.get(this.site.url(path(browser.getCurrentUrl()).replaceAll("\\?.*", "")));
		browser.findElement(By.cssSelector("form[action$='/translate'] input[value=" + language + "] + button"))
			.click();
		waitFor("done=translated");
		assertThat(browser.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Une nouvelle saison de formations dans les écoles");
		WebElement field = browser.findElement(By.id("title"));
		field.clear();
		field.sendKeys(title);
		WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.click();
		editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), body);
		browser.findElement(By.id("coverAlt")).clear();
		type("coverAlt", "nl".equals(language) ? "Kinderen steken hun hand op in de klas"
				: "Children raise their hands in class");
		browser.findElement(By.cssSelector("button[value=save]")).click();
		waitFor("done=saved");
		submit(".schedule-form");
		waitFor("done=scheduled");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Programmé");
		browser.get(this.site.url(path(browser.getCurrentUrl()).replaceAll("\\?.*", "")));
		browser.findElement(By.cssSelector("#translations-title + ul a")).click();
		waitFor("/admin/posts/");
	}

	private static void waitFor(String addressPart) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains(addressPart));
	}

	private void signIn(String email, String password) {
		browser.get(this.site.url("/admin/login"));
		type("email", email);
		type("password", password);
		submit("form.admin-form");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/admin/login"));
	}

	private static void type(String id, String text) {
		List<WebElement> fields = browser.findElements(By.id(id));
		assertThat(fields)
			.as("#%s on %s: %s", id, browser.getCurrentUrl(),
					browser.findElements(By.tagName("main")).stream().map(WebElement::getText).toList())
			.isNotEmpty();
		fields.get(0).sendKeys(text);
	}

	private static void submit(String formSelector) {
		browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
	}

	private void check(String label) {
		this.violations.addAll(Axe.seriousViolations(browser, label));
	}

	private static String path(String url) {
		return url.replaceFirst("^https?://[^/]+", "");
	}

	private String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), this.clock.instant());
	}

	private static String invitationLink(String address) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(address)) {
					Matcher link = INVITATION
						.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
					assertThat(link.find()).isTrue();
					return link.group(1);
				}
			}
			mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No invitation for " + address);
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.now());
		}

	}

}
