package org.vigie.mobilisation.campaigns;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the public sees: the "Act" page in three languages with the campaigns' teasers and
 * their translations, the sitemaps, the home page's counters, a campaign's wall (only
 * those who agreed, first name and city) and its countries (none below five), the share
 * kit's plain links and its images at the networks' sizes, and slugs that cannot take the
 * module's words.
 */
@MobilisationTest
class CampaignPagesTest {

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Pledges pledges;

	@Autowired
	private People people;

	@Autowired
	private Counter counter;

	@Autowired
	private KitLinks kits;

	@Autowired
	private TestClock clock;

	@Test
	void theActPageListsOpenCampaignsInEachLanguageWithTheirTranslations() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		Supporter visitor = Supporter.fromOwnNetwork(this.port);
		for (Language language : Language.all()) {
			Document page = visitor.page(org.vigie.mobilisation.web.ActPaths.act(language));
			assertThat(
					page.select("[data-teaser] h2 a[href=" + CampaignPaths.campaign(language, campaign) + "]").text())
				.isEqualTo(campaign.text(language).title());
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("fr", "nl", "en");
		}
		assertThat(visitor.page("/en/act").select("[data-teaser]").text()).contains("0 supporters out of 100");
		Document campaignPage = visitor.page(CampaignPaths.campaign(Language.NL, campaign));
		assertThat(campaignPage.select("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith(CampaignPaths.campaign(Language.FR, campaign));
		assertThat(campaignPage.select("meta[property=og:image]").attr("content")).endsWith("/1200x630.png");
		assertThat(visitor.get("/sitemap-fr.xml").body()).contains(CampaignPaths.campaign(Language.FR, campaign))
			.contains("/fr/agir<");
		assertThat(visitor.page("/fr/").select("[data-home-campaign] [data-home-supporters]").text())
			.contains("soutiens sur");
		assertThat(visitor.hasCookies()).isFalse();
	}

	@Test
	void theWallShowsOnlyThoseWhoAgreedAndCountriesBelowFiveStayHidden() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		for (int i = 0; i < 5; i++) {
			pledge(campaign, "Be" + i, "Liège", "BE", i < 2, true);
		}
		for (int i = 0; i < 4; i++) {
			pledge(campaign, "Fr" + i, "Lille", "FR", false, true);
		}
		pledge(campaign, "Hidden", "Paris", "FR", true, false);
		this.counter.changed(campaign.id());
		Document page = Supporter.fromOwnNetwork(this.port).page(CampaignPaths.campaign(Language.EN, campaign));
		assertThat(page.select("[data-supporters]").text()).isEqualTo("9");
		assertThat(page.select("[data-wall] li").eachText()).containsExactlyInAnyOrder("Be0 · Liège", "Be1 · Liège");
		assertThat(page.select("[data-countries] li").eachText()).containsExactly("Belgium: 5");
		assertThat(page.select(".countries, .wall").text()).doesNotContain("France").doesNotContain("Hidden");
	}

	@Test
	void theShareKitHasPlainLinksAndImagesAtTheNetworksSizes() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		Pledge pledge = pledge(campaign, "Zoé", "Wavre", "BE", true, true);
		String kitPath = CampaignPaths.kit(Language.FR, campaign, this.kits.key(pledge.id()));
		Supporter zoe = Supporter.fromOwnNetwork(this.port);
		Document kit = zoe.page(kitPath);
		assertThat(kit.select("[data-share-text]").text()).startsWith("Share text fr")
			.endsWith("?via=" + pledge.relayCode());
		assertThat(kit.select("[data-share-buttons] a").eachAttr("href")).satisfiesExactly(
				(href) -> assertThat(href).startsWith("mailto:?subject="),
				(href) -> assertThat(href).startsWith("https://wa.me/?text="),
				(href) -> assertThat(href).startsWith("https://www.facebook.com/sharer/sharer.php?u="),
				(href) -> assertThat(href).startsWith("https://bsky.app/intent/compose?text="),
				(href) -> assertThat(href).startsWith("https://www.linkedin.com/sharing/share-offsite/?url="));
		assertThat(kit.select("script[src^=http], img[src^=http], iframe, link[href^=http][rel=stylesheet]")).isEmpty();
		assertThat(zoe.get(kitPath).headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("default-src 'self'");
		String forged = kitPath.substring(0, kitPath.length() - 3) + (kitPath.endsWith("aaa") ? "bbb" : "aaa");
		assertThat(zoe.get(forged).statusCode()).isEqualTo(404);

		HttpClient http = HttpClient.newHttpClient();
		for (String format : new String[] { "1200x630", "1080x1080", "1080x1920" }) {
			String href = kit.select("[data-share-images] a[href$=" + format + ".png]").attr("href");
			HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(zoe.url(href))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
			BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.body()));
			assertThat(read.getWidth() + "x" + read.getHeight()).isEqualTo(format);
		}
		assertThat(zoe.get(CampaignPaths.image(Language.FR, campaign, "9999x9999")).statusCode()).isEqualTo(404);
	}

	@Test
	void slugsCannotTakeTheModulesWords() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		for (String word : CampaignRules.RESERVED) {
			java.util.Map<Language, CampaignText> texts = new java.util.EnumMap<>(campaign.texts());
			CampaignText fr = campaign.text(Language.FR);
			texts.put(Language.FR, new CampaignText(word, fr.title(), fr.summary(), fr.story(), fr.shareText()));
			Campaign renamed = new Campaign(campaign.id(), campaign.key(), campaign.goal(), campaign.opensOn(), null,
					true, null, texts);
			assertThatThrownBy(() -> this.campaigns.save(renamed, Instant.now())).isInstanceOf(CampaignRefused.class)
				.hasMessage("mobilisation.campaigns.refused.reserved");
		}
		assertThat(this.campaigns.byId(campaign.id()).orElseThrow().text(Language.FR).slug())
			.isEqualTo(campaign.text(Language.FR).slug());
	}

	private Pledge pledge(Campaign campaign, String firstName, String city, String country, boolean wall,
			boolean confirmed) {
		Instant now = this.clock.instant();
		UUID person = this.people.person(
				EmailAddress.parse(firstName.toLowerCase() + "." + UUID.randomUUID() + "@example.org").orElseThrow(),
				Language.FR, now);
		Pledge pledge = this.pledges.record(
				new Supporting(campaign.id(), person, firstName, city, country, wall, false, Language.FR, null), now);
		if (confirmed) {
			this.pledges.confirm(pledge.id(), now);
		}
		return pledge;
	}

}
