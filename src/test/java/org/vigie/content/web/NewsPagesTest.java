package org.vigie.content.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class NewsPagesTest {

	@Autowired
	private SiteClient site;

	@Test
	void homeHighlightsOnePostThenTheLatestWithReadMoreLinks() {
		Document home = this.site.page("/fr/");

		assertThat(home.select(".featured .card__title").text()).contains("Formations 2026-2027");
		List<Element> latest = home.select(".latest .card");
		assertThat(latest).hasSizeGreaterThanOrEqualTo(6);
		assertThat(latest).noneMatch((card) -> card.text().contains("Formations 2026-2027"));
		for (Element card : latest) {
			assertThat(card.select(".card__excerpt").text()).isNotBlank();
			Element more = card.selectFirst("a.card__more");
			assertThat(more.text()).startsWith("Lire la suite");
			assertThat(this.site.get(more.attr("href")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void cardsShowTheirDayAsReadersOfTheirLanguageWriteIt() {
		for (String[] page : new String[][] { { "/fr/actualites", "fr" }, { "/nl/nieuws", "nl" },
				{ "/en/news", "en" } }) {
			List<Element> days = this.site.page(page[0]).select(".card__meta time");
			assertThat(days).isNotEmpty();
			for (Element day : days) {
				assertThat(day.text()).as(page[0])
					.isEqualTo(java.time.format.DateTimeFormatter
						.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag(page[1]))
						.format(java.time.LocalDate.parse(day.attr("datetime"))));
			}
		}
	}

	@Test
	void newsListingIsPaginatedOnStableAddresses() {
		Document first = this.site.page("/fr/actualites");
		assertThat(first.select(".cards .card")).hasSize(10);
		assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).isEqualTo("/fr/actualites/page/2");
		assertThat(first.select(".pagination a[rel=prev]")).isEmpty();

		Document second = this.site.page("/fr/actualites/page/2");
		assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/fr/actualites/page/2");
		assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/fr/actualites");
		assertThat(second.select(".pagination [aria-current=page] [aria-hidden=true]").text()).isEqualTo("2");
		assertThat(second.select(".pagination [aria-current=page] .visually-hidden").text()).isEqualTo("Page 2");
		Set<String> firstTitles = new HashSet<>(first.select(".card__title").eachText());
		assertThat(second.select(".card__title").eachText()).isNotEmpty().doesNotContainAnyElementsOf(firstTitles);

		assertThat(this.site.get("/fr/actualites/page/1").statusCode()).isEqualTo(301);
		assertThat(this.site.get("/fr/actualites/page/1").headers().firstValue("Location")).contains("/fr/actualites");
	}

	@Test
	void postPageLinksToItsNeighboursAndRelatedPosts() {
		Document post = this.site.page("/fr/actualites/would-you-react-video-exploitation-enfants");

		assertThat(post.select("h1").text()).startsWith("Would You React");
		assertThat(post.select(".post-nav a[rel=prev]")).hasSize(1);
		assertThat(post.select(".post-nav a[rel=next]")).hasSize(1);
		assertThat(post.select(".related .card")).hasSizeBetween(1, 3);
		assertThat(post.select(".terms a[href^=/fr/categorie/]").eachText()).contains("Campagnes");
		assertThat(post.select(".terms a[rel=tag]")).isNotEmpty();
		for (String link : post.select(".post-nav a, .related a.card__more, .terms a").eachAttr("href")) {
			assertThat(this.site.get(link).statusCode()).as(link).isEqualTo(200);
		}
	}

	@Test
	void videosArePlaceholdersThatLoadNothingUntilClicked() {
		Document post = this.site.page("/en/news/would-you-react-social-experiment");

		assertThat(post.select("iframe")).isEmpty();
		Element video = post.selectFirst("figure.video");
		assertThat(video.attr("data-video-src")).startsWith("https://www.youtube-nocookie.com/embed/");
		assertThat(video.select("button.video__play span:not([aria-hidden])").text()).startsWith("Play the video:");
		assertThat(video.select("figcaption").text()).contains("YouTube");

		Document vimeo = this.site.page("/fr/actualites/declic-les-ados-prennent-la-parole");
		assertThat(vimeo.select("iframe")).isEmpty();
		assertThat(vimeo.selectFirst("figure.video").attr("data-video-src"))
			.startsWith("https://player.vimeo.com/video/");
		assertThat(vimeo.select("figure.video figcaption").text()).contains("Vimeo");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/nl/nieuws", "/en/news/would-you-react-social-experiment", "/fr/plaidoyer",
			"/en/search?q=campaign" })
	void publicPagesLoadNothingFromThirdParties(String path) {
		Document page = this.site.page(path);

		List<String> loaded = page.select("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe[src]")
			.stream()
			.map((element) -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
			.toList();
		assertThat(loaded).isNotEmpty().allMatch((url) -> url.startsWith("/") && !url.startsWith("//"));
	}

	@Test
	void shareLinksArePlainLinksWithTheEncodedAddress() {
		Document post = this.site.page("/fr/actualites/would-you-react-video-exploitation-enfants");

		List<String> links = post.select(".share a").eachAttr("href");
		assertThat(links).hasSizeGreaterThanOrEqualTo(4)
			.allMatch((href) -> href.contains(
					"http%3A%2F%2Flocalhost%3A8080%2Ffr%2Factualites%2Fwould-you-react-video-exploitation-enfants"));
		assertThat(post.select(".share script, .share iframe")).isEmpty();
	}

	@Test
	void theMenuMarksTheEntryOfThePageShownAndTheOneItLiesUnder() {
		Document campaign = this.site.page("/en/campaigns/blue-heart");
		assertThat(campaign.select(".main-nav a.active").eachText()).containsExactly("Campaigns");
		assertThat(campaign.select(".main-nav a[aria-current=page]").eachAttr("href"))
			.containsExactly("/en/campaigns/blue-heart");

		Document campaigns = this.site.page("/en/campaigns");
		assertThat(campaigns.select(".main-nav a[aria-current=page]").eachAttr("href"))
			.containsExactly("/en/campaigns");

		Document news = this.site.page("/en/news/page/2");
		assertThat(news.select(".main-nav a.active").eachText()).containsExactly("News");
		assertThat(news.select(".main-nav a[aria-current=page]")).isEmpty();
		Document french = this.site.page("/fr/recherche?q=traite");
		assertThat(french.select(".main-nav a")).isNotEmpty()
			.noneMatch((link) -> link.hasAttr("aria-current") || link.hasClass("active"));
		assertThat(french.select(".main-nav a").eachText()).contains("Actualités").doesNotContain("News");
		assertThat(french.selectFirst(".search-form").attr("action")).isEqualTo("/fr/recherche");
	}

	@Test
	void pagesHaveNestedNavigationBreadcrumbsAndSections() {
		Document campaign = this.site.page("/en/campaigns/blue-heart");
		assertThat(campaign.select(".breadcrumbs li").eachText()).containsExactly("Home", "Campaigns", "Blue Heart");
		assertThat(campaign.selectFirst(".breadcrumbs [aria-current=page]").text()).isEqualTo("Blue Heart");
		Element menuEntry = campaign.select(".main-nav > ul > li")
			.stream()
			.filter((item) -> item.selectFirst("a").text().equals("Campaigns"))
			.findFirst()
			.orElseThrow();
		assertThat(menuEntry.select("ul a").eachAttr("href")).contains("/en/campaigns/blue-heart");

		Document advocacy = this.site.page("/fr/plaidoyer");
		assertThat(advocacy.select(".toc a")).hasSize(3);
		for (String anchor : advocacy.select(".toc a").eachAttr("href")) {
			assertThat(advocacy.select("section" + anchor + " h2")).hasSize(1);
		}
		Document parent = this.site.page("/nl/campagnes");
		assertThat(parent.select(".children__list a")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void aPageAtTheWrongDepthIsNotFound() {
		assertThat(this.site.get("/en/blue-heart").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/campaigns/blue-heart/extra").statusCode()).isEqualTo(404);
	}

	@Test
	void categoryListingsIncludeSubCategoriesAndTagListingsTheirPosts() {
		Document european = this.site.page("/fr/categorie/plaidoyer-europeen");
		Document advocacy = this.site.page("/fr/categorie/plaidoyer");

		assertThat(european.select(".card")).hasSize(3);
		assertThat(advocacy.select(".card__title").eachText()).containsAll(european.select(".card__title").eachText())
			.hasSize(6);
		assertThat(advocacy.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/fr/categorie/plaidoyer/feed.atom");
		Document tag = this.site.page("/en/tag/video");
		assertThat(tag.select(".card")).isNotEmpty();
		assertThat(tag.select("h1").text()).isEqualTo("Video");
	}

}
