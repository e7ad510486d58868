package org.vigie.advocacy.watch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers see of the policy watch: only files marked public, with their public
 * position papers, never a private file nor anyone's private notes, on any page, in the
 * JSON, the sitemaps or the advocacy page; the demo files labelled as examples.
 */
@AdvocacyTest
class WatchPublicTest {

	private static final Map<Language, String> LISTS = Map.of(Language.FR, "/fr/plaidoyer/veille", Language.NL,
			"/nl/beleidswerk/beleidsopvolging", Language.EN, "/en/advocacy/policy-watch");

	@Autowired
	private SiteClient site;

	@Autowired
	private WatchStore store;

	@Autowired
	private MediaLibrary media;

	@Autowired
	private MediaUsage usage;

	@Autowired
	private Clock clock;

	@Test
	void theDemoFilesThatArePublicAreListedAsExamplesInEveryLanguageAndThePrivateBillIsNot() {
		for (Language language : Language.all()) {
			Document list = this.site.page(LISTS.get(language));
			assertThat(list.select("[data-watch-file]").eachAttr("data-slug"))
				.contains("eu-csa-directive-recast", "eu-children-in-migration", "consultation-child-safety-online")
				.doesNotContain("be-bill-online-grooming");
			assertThat(list.select("[data-demo-notice]")).isNotEmpty();
			assertThat(list.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("fr", "nl", "en");
			assertThat(list.text()).doesNotContain("rapporteur's office");
		}
		Document directive = this.site.page("/en/advocacy/policy-watch/eu-csa-directive-recast");
		assertThat(directive.select("h1").text()).isEqualTo("Recast of the EU directive against child sexual abuse");
		assertThat(directive.text()).contains("2024/0035(COD)", "Trilogue");
		assertThat(directive.select("[data-demo-notice]")).isNotEmpty();
		assertThat(directive
			.select("a[href=/en/news/eu-directive-recast-our-priorities], a[href$=eu-directive-recast-our-priorities]"))
			.as("the demo post about the recast is linked")
			.isNotEmpty();
		assertThat(directive.select("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/plaidoyer/veille/eu-csa-directive-recast");
		assertThat(this.site.page("/fr/plaidoyer/veille/eu-children-in-migration")
			.select("a[href$=projet-mario-enfants-en-migration]")).isNotEmpty();
		assertThat(this.site.get("/en/advocacy/policy-watch/be-bill-online-grooming").statusCode()).isEqualTo(404);
	}

	@Test
	void aFileAndItsPapersReachTheSiteOnlyWhenMarkedPublicAndItsNotesNever() {
		String slug = "watch-public-" + WatchDrafts.unique();
		String secret = "SECRET-NOTE-" + WatchDrafts.unique();
		Instant now = this.clock.instant();
		MediaFile shown = this.media.importFile("position-shown.pdf", WatchDrafts.pdf(), Language.EN, null);
		MediaFile staffOnly = this.media.importFile("position-staff.pdf", WatchDrafts.pdf(), Language.EN, null);
		Map<Long, Boolean> papers = Map.of(shown.id(), true, staffOnly.id(), false);
		UUID id = this.store.create(WatchDrafts.draft(slug, false, secret, LocalDate.now().plusDays(5), papers), false,
				"test", now);
		assertThat(this.usage.usersOf(shown.id())).contains(WatchStore.mediaUser(id));
		assertThat(this.usage.usersOf(staffOnly.id())).contains(WatchStore.mediaUser(id));

		assertNowhere(slug, secret, shown.path(), staffOnly.path());
		assertThat(this.site.get("/en/advocacy/policy-watch/" + slug).statusCode()).isEqualTo(404);

		this.store.update(id, WatchDrafts.draft(slug, true, secret, LocalDate.now().plusDays(5), papers), "test", now);
		Document page = this.site.page("/en/advocacy/policy-watch/" + slug);
		assertThat(page.select("h1").text()).isEqualTo("Title en " + slug);
		assertThat(page.select("a[href=" + shown.path() + "]")).hasSize(1);
		assertThat(page.html()).doesNotContain(staffOnly.path()).doesNotContain(secret);
		assertThat(this.site.get("/en/advocacy/policy-watch.json").body()).contains(slug)
			.contains(shown.path())
			.doesNotContain(staffOnly.path())
			.doesNotContain(secret);
		assertThat(this.site.get("/sitemap-nl.xml").body()).contains("/nl/beleidswerk/beleidsopvolging/" + slug);
		assertThat(this.site.get("/nl/beleidswerk/beleidsopvolging").body()).contains(slug).doesNotContain(secret);

		this.store.update(id, WatchDrafts.draft(slug, false, secret, LocalDate.now().plusDays(5), papers), "test", now);
		assertNowhere(slug, secret, shown.path(), staffOnly.path());
	}

	@Test
	void onlyDocumentsOfTheMediaLibraryArePositionPapers() {
		String slug = "watch-paper-" + WatchDrafts.unique();
		MediaFile image = this.media.importFile("photo.png", org.vigie.media.TestImages.jpeg(40, 30), Language.EN,
				"A photo");
		for (long id : new long[] { image.id(), Long.MAX_VALUE - 7 }) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.store.create(WatchDrafts.draft(slug, true, "", null, Map.of(id, true)),
						false, "test", this.clock.instant()))
				.isInstanceOf(WatchRefused.class)
				.hasMessage("advocacy.watch.refused.papers");
		}
		assertThat(this.store.bySlug(slug)).isEmpty();
	}

	@Test
	void theAdvocacyPageShowsTheNextPublicFiles() {
		Document page = this.site.page("/en/advocacy");
		assertThat(page.select("[data-watch-section]")).hasSize(1);
		assertThat(page.select("[data-watch-section] a[href=/en/advocacy/policy-watch]")).hasSize(1);
		assertThat(page.select("[data-watch-section]").text()).doesNotContain("online solicitation");
	}

	private void assertNowhere(String slug, String secret, String... paths) {
		for (Language language : Language.all()) {
			String list = this.site.get(LISTS.get(language)).body();
			String json = this.site.get(LISTS.get(language) + ".json").body();
			String sitemap = this.site.get("/sitemap-" + language.code() + ".xml").body();
			String advocacy = this.site.get(org.vigie.advocacy.web.AdvocacyPaths.base(language)).body();
			for (String body : new String[] { list, json, sitemap, advocacy }) {
				assertThat(body).doesNotContain(slug).doesNotContain(secret);
				for (String path : paths) {
					assertThat(body).doesNotContain(path);
				}
			}
			assertThat(this.site.get(LISTS.get(language) + "/" + slug).statusCode()).isEqualTo(404);
		}
	}

}
