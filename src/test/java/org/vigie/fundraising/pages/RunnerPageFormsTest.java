package org.vigie.fundraising.pages;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What runners' forms do with hostile, malformed or oversized input (a clear error in the
 * runner's language, nothing stored, no email), with forms sent from elsewhere or faster
 * than a person types, and with links used twice or too late; "manage my page" answers
 * the same for any address and edits a page once per link.
 */
@FundraisingTest
class RunnerPageFormsTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void markupTypedInANameOrStoryIsShownAsText() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		Map<String, String> fields = runner.creation(create, "<b>Bold</b> & \"Co\"", "100", email());
		fields.put("story", "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>");

		String path = runner.createAndPublish(create, fields);

		assertThat(path).endsWith("/b-bold-b-co");
		HttpResponse<String> response = runner.browser().get(path);
		assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<b>Bold</b>");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("<b>Bold</b> & \"Co\"");
		assertThat(page.select("main script, main img, main b")).isEmpty();
		assertThat(page.select("[data-story] p").eachText()).containsExactly("<script>alert(1)</script>",
				"<img src=x onerror=alert(2)>");
	}

	@Test
	void badFieldsAreNamedInTheRunnersLanguageAndNothingIsStored() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.FR, campaign);
		runner.createAndPublish(create, runner.creation(create, "Taken One", "100", email()));
		Map<String, String[]> cases = new LinkedHashMap<>();
		cases.put("story", new String[] { "story", "x".repeat(2001), "tooLong" });
		cases.put("long name", new String[] { "name", "n".repeat(81), "name" });
		cases.put("huge name", new String[] { "name", "n".repeat(100_000), "tooLong" });
		cases.put("one letter", new String[] { "name", "n", "name" });
		cases.put("checkout word", new String[] { "slug", "donner", "reserved" });
		cases.put("English checkout word", new String[] { "slug", "give", "reserved" });
		cases.put("own word", new String[] { "slug", "create-a-page", "reserved" });
		cases.put("bad slug", new String[] { "slug", "Sofia!", "slug" });
		cases.put("path in slug", new String[] { "slug", "../admin", "slug" });
		cases.put("taken slug", new String[] { "slug", "taken-one", "taken" });
		cases.put("no goal", new String[] { "goal", "0", "goal" });
		cases.put("absurd goal", new String[] { "goal", "99999999", "goal" });
		cases.put("negative goal", new String[] { "goal", "-50", "goal" });
		cases.put("words for a goal", new String[] { "goal", "a lot", "goal" });
		cases.put("email", new String[] { "email", "not-an-address", "email" });
		cases.put("unknown team", new String[] { "team", UUID.randomUUID().toString(), "choice" });
		cases.put("language", new String[] { "language", "de", "choice" });
		cases.put("control", new String[] { "story", "bell\u0007", "control" });
		long pages = pages(campaign);
		for (Map.Entry<String, String[]> test : cases.entrySet()) {
			runner = runner();
			String email = email();
			Map<String, String> fields = runner.creation(create, "Fine Name", "100", email);
			String[] change = test.getValue();
			fields.put(change[0], change[1]);

			HttpResponse<String> response = runner.send(create, fields);

			assertThat(response.statusCode()).as(test.getKey()).isEqualTo(422);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("[data-problem] > p").text()).as(test.getKey())
				.isEqualTo("Certains champs sont à revoir. Rien n’a été enregistré.");
			assertThat(page.select("[data-error]").eachAttr("data-error")).as(test.getKey()).contains(change[0]);
			assertThat(page.select("[data-error=" + change[0] + "]").text()).as(test.getKey())
				.endsWith(problem(change[2]));
			assertThat(page.select("input[name=name]").val()).as("what was typed stays")
				.isIn("Fine Name", change[1].substring(0, Math.min(200, change[1].length())));
			assertThat(pages(campaign)).as(test.getKey()).isEqualTo(pages);
			assertThat(this.mailbox.to(email)).as(test.getKey()).isEmpty();
		}
	}

	@Test
	void formsFromElsewhereForgedOrTooFastAreRefused() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		long pages = pages(campaign);

		Map<String, String> fields = runner.creation(create, "Too Fast", "100", email());
		HttpResponse<String> fast = runner.browser().post(create, fields);
		assertThat(fast.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(fast.body()).select("[data-problem]").text()).contains("faster than a person");

		fields.put("token", "1700000000.forged");
		assertThat(runner.send(create, fields).statusCode()).isEqualTo(400);

		Map<String, String> elsewhere = runner.creation(create, "From Elsewhere", "100", email());
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> crossSite = runner.browser()
			.post(create, elsewhere, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(crossSite.body()).select("[data-problem]").text()).contains("not sent from our site");

		String email = email();
		runner.send(create, runner.creation(create, "Published Elsewhere", "100", email));
		String link = Mailbox.link(this.mailbox.await(email, 1).get(0), "/publish?t=");
		Map<String, String> publish = new LinkedHashMap<>();
		runner.browser()
			.page(link)
			.select("form.publish-form input[type=hidden]")
			.forEach((input) -> publish.put(input.attr("name"), input.val()));
		String publishPath = link.substring(0, link.indexOf('?'));
		assertThat(runner.browser()
			.post(publishPath, publish, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")
			.statusCode()).isEqualTo(403);
		Map<String, String> forged = new LinkedHashMap<>(publish);
		forged.put("token", "1700000000.forged");
		assertThat(runner.browser().post(publishPath, forged).statusCode()).isEqualTo(400);
		assertThat(runner.browser().get(PagePaths.page(Language.EN, campaign, "published-elsewhere")).statusCode())
			.as("still hidden")
			.isEqualTo(404);
		assertThat(runner.browser().post(publishPath, publish).statusCode()).as("the link still works").isEqualTo(302);

		assertThat(pages(campaign)).isEqualTo(pages + 1);
	}

	@Test
	void aPublishingLinkWorksOnceAndNotAfterADay() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		String email = email();
		runner.send(create, runner.creation(create, "Once Only", "100", email));
		String link = Mailbox.link(this.mailbox.await(email, 1).get(0), "/publish?t=");
		runner.publish(link);

		assertThat(runner.browser().get(link).statusCode()).isEqualTo(410);
		String token = link.substring(link.indexOf("t=") + 2);
		HttpResponse<String> again = runner.browser().post(link.substring(0, link.indexOf('?')), Map.of("t", token));
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(again.body()).select("[data-problem]").text()).contains("already used");

		String late = email();
		runner.send(create, runner.creation(create, "Too Late", "100", late));
		String lateLink = Mailbox.link(this.mailbox.await(late, 1).get(0), "/publish?t=");
		this.clock.advance(PageLinks.VALIDITY.plusMinutes(1));
		assertThat(runner.browser().get(lateLink).statusCode()).isEqualTo(410);
		String lateToken = lateLink.substring(lateLink.indexOf("t=") + 2);
		assertThat(runner.browser()
			.post(lateLink.substring(0, lateLink.indexOf('?')), Map.of("t", lateToken))
			.statusCode()).isEqualTo(410);
		String path = PagePaths.page(Language.EN, campaign, "too-late");
		assertThat(runner.browser().get(path).statusCode()).isEqualTo(404);

		String other = email();
		assertThat(runner.createAndPublish(create, runner.creation(create, "Too Late", "100", other)))
			.as("a page never published frees its address once its link expired")
			.endsWith(path);
		assertThat(runner.browser().get(link.replace("/publish?t=", "/edit?t=")).statusCode())
			.as("a publishing link edits nothing")
			.isEqualTo(410);
	}

	@Test
	void manageMyPageAnswersTheSameForAnyAddressAndEditsOncePerLink() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		String owner = email();
		String first = runner.createAndPublish(create, runner.creation(create, "First Page", "100", owner));
		runner.createAndPublish(create, runner.creation(create, "Second Page", "100", owner.toUpperCase()));
		String manage = PagePaths.manage(Language.EN, campaign);
		String stranger = email();

		HttpResponse<String> unknown = runner.send(manage, form(runner, manage, stranger));
		HttpResponse<String> known = runner.send(manage, form(runner, manage, owner));

		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(known.statusCode()).isEqualTo(302);
		assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
		assertThat(runner.browser().page(manage + "?sent").select("[data-sent]").text()).contains("If this address");
		MimeMessage links = this.mailbox.await(owner, 3).get(2);
		assertThat(Mailbox.links(links).stream().filter((path) -> path.contains("/edit?t="))).hasSize(2);
		assertThat(this.mailbox.to(stranger)).isEmpty();
		String link = editLink(links, "First Page");

		Map<String, String> edit = editForm(runner, link);
		assertThat(edit.get("story")).isEqualTo("I run for the children.\n\nSecond paragraph.");
		edit.put("goal", "0");
		edit.put("story", "Changed");
		HttpResponse<String> refused = runner.send(link.substring(0, link.indexOf('?')), edit);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select("[data-error=goal]")).hasSize(1);
		assertThat(runner.browser().page(first).select("[data-goal]").text()).isEqualTo("€100");

		edit = editForm(runner, link);
		edit.put("goal", "300");
		edit.put("story", "New story, <i>plain</i>.");
		HttpResponse<String> saved = runner.send(link.substring(0, link.indexOf('?')), edit);
		assertThat(saved.statusCode()).isEqualTo(302);
		Document page = runner.browser().page(first);
		assertThat(page.select("[data-goal]").text()).isEqualTo("€300");
		assertThat(page.select("[data-story]").text()).isEqualTo("New story, <i>plain</i>.");
		assertThat(runner.send(link.substring(0, link.indexOf('?')), edit).statusCode()).as("a link saves once")
			.isEqualTo(410);

		runner.send(manage, form(runner, manage, owner));
		String hideLink = editLink(this.mailbox.await(owner, 4).get(3), "Second Page");
		Map<String, String> hide = editForm(runner, hideLink);
		hide.put("hidden", "yes");
		assertThat(runner.send(hideLink.substring(0, hideLink.indexOf('?')), hide).statusCode()).isEqualTo(302);
		assertThat(runner.browser().get(PagePaths.page(Language.EN, campaign, "second-page")).statusCode())
			.isEqualTo(404);
		assertThat(runner.browser()
			.page(SupportPaths.campaign(Language.EN, campaign))
			.select("[data-runners] a")
			.eachText()).containsExactly("First Page");
	}

	/** The edit link that follows a page's name in an email. */
	private static String editLink(MimeMessage message, String name) {
		String text = Mailbox.text(message);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(text);
		assertThat(link.find(text.indexOf(name))).as(name + " in " + text).isTrue();
		return link.group(1);
	}

	private Map<String, String> form(Runner runner, String manage, String email) {
		Map<String, String> fields = runner.hidden(manage, "form.manage-form");
		fields.put("email", email);
		return fields;
	}

	private static Map<String, String> editForm(Runner runner, String link) {
		Map<String, String> fields = runner.hidden(link, "form.edit-form");
		Document page = runner.browser().page(link);
		fields.put("goal", page.select("input[name=goal]").val());
		fields.put("story", page.select("textarea[name=story]").val());
		return fields;
	}

	private static String problem(String key) {
		return switch (key) {
			case "tooLong" -> "c’est trop long";
			case "name" -> "de 2 à 80 caractères sur une ligne";
			case "reserved" -> "ce mot est réservé aux pages du site, choisissez-en un autre";
			case "slug" -> "de 2 à 60 lettres minuscules, chiffres et traits d’union";
			case "taken" -> "une autre page a déjà cette adresse, choisissez-en une autre";
			case "goal" -> "un nombre entier d’euros, de 10 à 100 000";
			case "email" -> "cela ne ressemble pas à une adresse e-mail";
			case "choice" -> "choisissez une des options";
			case "control" -> "retirez les caractères de contrôle invisibles";
			default -> throw new IllegalArgumentException(key);
		};
	}

	private long pages(Campaign campaign) {
		return this.jdbc.sql("select count(*) from fundraising_page where campaign_id = ?")
			.param(campaign.id())
			.query(Long.class)
			.single();
	}

	private Campaign event() {
		return FundraisingFixtures.campaign(this.campaigns, CampaignKind.EVENT, today().minusDays(5),
				today().plusDays(20));
	}

	private Runner runner() {
		return new Runner(Giver.fromOwnAddress(this.port), this.clock, this.mailbox);
	}

	private static String email() {
		return "runner." + UUID.randomUUID() + "@example.org";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
