package org.vigie.content.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Polylang site in three languages imported item by item, then again (nothing changes),
 * then as a dry run, and a broken file that writes nothing.
 */
@SiteTest
@TestPropertySource(properties = { "vigie.demo.enabled=false", "vigie.test.context=wordpress" })
class WordPressImportTest {

	@Autowired
	private WordPressImporter importer;

	@Autowired
	private PostRepository posts;

	@Autowired
	private PageRepository pages;

	@Autowired
	private CategoryRepository categories;

	@Autowired
	private SiteClient site;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactions;

	private static Path export() throws IOException {
		Path file = Files.createTempFile("polylang", ".xml");
		try (var input = WordPressImportTest.class.getResourceAsStream("/wordpress/polylang-site.xml")) {
			Files.copy(input, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	@Test
	void importsAPolylangSiteInThreeLanguagesThenChangesNothingTheSecondTime() throws IOException {
		Path file = export();
		long postsBefore = this.posts.count();

		Path uploads = Files.createTempDirectory("wp-uploads");
		Files.createDirectories(uploads.resolve("2018/06"));
		Files.createDirectories(uploads.resolve("2018/03"));
		Files.write(uploads.resolve("2018/06/classe.jpg"), org.vigie.media.TestImages.photoWithGps(1200, 800));
		Files.write(uploads.resolve("2018/03/rapport-2017.pdf"), org.vigie.media.TestImages.pdf());
		java.util.List<Integer> progress = new java.util.ArrayList<>();

		ImportReport first = this.importer.run(file, uploads, false, (done, total) -> progress.add(done * 100 / total));

		assertThat(first.counts("post")).containsExactly(5, 0, 0);
		assertThat(first.counts("page")).containsExactly(2, 0, 0);
		assertThat(first.counts("category")).containsExactly(4, 0, 0);
		assertThat(first.counts("tag")).containsExactly(1, 0, 0);
		assertThat(first.counts("media")).containsExactly(2, 0, 0);
		assertThat(progress).endsWith(100);
		assertThat(first.skipped()).anyMatch((line) -> line.contains("attachment 152") && line.contains("missing"))
			.anyMatch((line) -> line.contains("menu entry 300") && line.contains("custom"))
			.noneMatch((line) -> line.contains("attachment 150"))
			.anyMatch((line) -> line.contains("post 105") && line.contains("trash"));

		Post french = this.posts.findByLanguageAndSlug(Language.FR, "une-nouvelle-saison").orElseThrow();
		Post english = this.posts.findByLanguageAndSlug(Language.EN, "a-new-season").orElseThrow();
		Post dutch = this.posts.findByLanguageAndSlug(Language.NL, "een-nieuw-seizoen").orElseThrow();
		assertThat(english.getTranslationKey()).isEqualTo(french.getTranslationKey())
			.isEqualTo(dutch.getTranslationKey());
		assertThat(french.getPublication().getStatus()).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(french.getPublication().getPublishedAt()).isEqualTo(Instant.parse("2018-06-12T08:30:00Z"));
		assertThat(french.isFeatured()).isTrue();
		assertThat(french.getExcerpt()).isEqualTo("La saison reprend.");
		assertThat(french.getCoverPath()).startsWith("/media/img/");
		assertThat(french.getCoverAlt()).isEqualTo("Des enfants en classe");
		assertThat(french.getCoverSrcset()).contains("480w");
		assertThat(french.getBody()).startsWith("<p>Nos formateurs reprennent la route des écoles.</p>")
			.contains("href=\"/fr/qui-sommes-nous\"", "<figcaption>Une classe</figcaption>",
					"src=\"" + french.getCoverPath() + "\"", "src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"");
		assertThat(english.getBody()).isEqualTo("<p>Our trainers are back in schools.</p>");
		new org.springframework.transaction.support.TransactionTemplate(this.transactions)
			.executeWithoutResult((tx) -> {
				assertThat(this.posts.findById(french.getId()).orElseThrow().getCategories())
					.extracting(Category::getSlug)
					.containsExactly("formations");
				assertThat(this.posts.findById(english.getId()).orElseThrow().getCategories())
					.extracting(Category::getSlug)
					.containsExactly("actualites");
				assertThat(this.posts.findById(french.getId()).orElseThrow().getAuthor().getDisplayName())
					.isEqualTo("Claire Martin");
				assertThat(this.categories.findByLanguageAndSlug(Language.FR, "formations")
					.orElseThrow()
					.getParent()
					.getSlug()).isEqualTo("actualites");
				assertThat(this.pages.findByLanguageAndSlug(Language.FR, "equipe").orElseThrow().getParent().getSlug())
					.isEqualTo("qui-sommes-nous");
			});
		Category news = this.categories.findByLanguageAndSlug(Language.FR, "actualites").orElseThrow();
		assertThat(this.categories.findByTranslationKey(news.getTranslationKey())).extracting(Category::getLanguage)
			.containsExactlyInAnyOrder(Language.FR, Language.EN, Language.NL);

		Post future = this.posts.findByLanguageAndSlug(Language.FR, "ete-programme").orElseThrow();
		assertThat(future.getPublication().getStatus()).isEqualTo(ContentStatus.SCHEDULED);
		Post draft = this.posts.findByLanguageAndSlug(Language.FR, "brouillon").orElseThrow();
		assertThat(draft.getPublication().getStatus()).isEqualTo(ContentStatus.DRAFT);

		Page about = this.pages.findByLanguageAndSlug(Language.FR, "qui-sommes-nous").orElseThrow();
		Page team = this.pages.findByLanguageAndSlug(Language.FR, "equipe").orElseThrow();
		assertThat(team.getPosition()).isEqualTo(1);
		assertThat(about.getPosition()).isEqualTo(5);
		assertThat(about.isInMenu()).isTrue();
		assertThat(team.isInMenu()).isFalse();

		Document page = Jsoup.parse(this.site.get("/en/news/a-new-season").body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("A new season of training");
		assertThat(page.selectFirst("link[hreflang=nl]").attr("href")).endsWith("/nl/nieuws/een-nieuw-seizoen");
		assertThat(this.site.get("/fr/qui-sommes-nous/equipe").statusCode()).isEqualTo(200);

		Map<String, String> moved = new java.util.LinkedHashMap<>();
		moved.put("/une-nouvelle-saison/", "/fr/actualites/une-nouvelle-saison");
		moved.put("/en/a-new-season/", "/en/news/a-new-season");
		moved.put("/nl/een-nieuw-seizoen", "/nl/nieuws/een-nieuw-seizoen");
		moved.put("/qui-sommes-nous/equipe/", "/fr/qui-sommes-nous/equipe");
		moved.put("/?p=101", "/en/news/a-new-season");
		moved.put("/?page_id=201", "/fr/qui-sommes-nous/equipe");
		moved.put("/?p=103", "/fr/actualites/ete-programme");
		moved.put("/category/actualites/", "/fr/categorie/actualites");
		moved.put("/category/actualites/formations/", "/fr/categorie/formations");
		moved.put("/category/actualites/page/5/", "/fr/categorie/actualites/page/5");
		moved.put("/en/category/actualites-en/", "/en/category/actualites");
		moved.put("/tag/ecoles/", "/fr/etiquette/ecoles");
		// Old and new address differ only by the slash: one redirect, no loop.
		moved.put("/en/news/a-new-season/", "/en/news/a-new-season");
		moved.forEach((old, now) -> {
			var response = this.site.get(old);
			assertThat(response.statusCode()).as(old).isEqualTo(301);
			assertThat(response.headers().firstValue("Location")).as(old)
				.hasValueSatisfying((location) -> assertThat(location).endsWith(now));
		});
		assertThat(this.site.get("/never-existed/").statusCode()).isEqualTo(404);
		var pdf = this.site.get("/wp-content/uploads/2018/03/rapport-2017.pdf");
		assertThat(pdf.statusCode()).isEqualTo(301);
		String pdfAddress = pdf.headers().firstValue("Location").orElseThrow();
		assertThat(pdfAddress).contains("/media/doc/").endsWith("/rapport-2017.pdf");
		assertThat(this.site.get(pdfAddress.replaceFirst("^https?://[^/]+", "")).statusCode()).isEqualTo(200);
		assertThat(this.site.get("/wp-content/uploads/2018/06/classe-300x200.jpg").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(french.getCoverPath()));
		assertThat(this.site.get("/?p=99999").statusCode()).isEqualTo(302);

		ImportReport second = this.importer.run(file, uploads, false, (done, total) -> {
		});
		assertThat(second.counts("post")).containsExactly(0, 0, 5);
		assertThat(second.counts("media")).containsExactly(0, 0, 2);
		assertThat(second.counts("page")).containsExactly(0, 0, 2);
		assertThat(second.counts("category")).containsExactly(0, 0, 4);
		assertThat(this.posts.count()).isEqualTo(postsBefore + 5);

		String changed = Files.readString(file, StandardCharsets.UTF_8)
			.replace("A new season of training", "A new season of training in schools");
		Files.writeString(file, changed, StandardCharsets.UTF_8);
		ImportReport dryRun = this.importer.run(file, uploads, true, (done, total) -> {
		});
		assertThat(dryRun.isDryRun()).isTrue();
		assertThat(dryRun.counts("post")).containsExactly(0, 1, 4);
		assertThat(this.posts.findById(english.getId()).orElseThrow().getTitle()).isEqualTo("A new season of training");

		ImportReport update = this.importer.run(file, uploads, false, (done, total) -> {
		});
		assertThat(update.counts("post")).containsExactly(0, 1, 4);
		assertThat(this.posts.findById(english.getId()).orElseThrow().getTitle())
			.isEqualTo("A new season of training in schools");
		assertThat(this.posts.count()).isEqualTo(postsBefore + 5);
	}

	@Test
	void importsMoreItemsThanOneBatchAndAgainChangesNothing() throws IOException {
		StringBuilder export = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
				+ " xmlns:wp=\"http://wordpress.org/export/1.1/\">\n"
				+ "<channel><link>https://many.example</link><wp:wxr_version>1.1</wp:wxr_version>\n");
		for (int i = 0; i < 230; i++) {
			export.append("<item><title>Lot ")
				.append(i)
				.append("</title><link>https://many.example/lot-")
				.append(i)
				.append("/</link><content:encoded><![CDATA[Texte ")
				.append(i)
				.append("]]></content:encoded><wp:post_id>")
				.append(5000 + i)
				.append("</wp:post_id><wp:post_date_gmt>2019-05-01 10:00:00</wp:post_date_gmt><wp:post_name>lot-")
				.append(i)
				.append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n");
		}
		export.append("</channel></rss>\n");
		Path file = Files.createTempFile("many", ".xml");
		Files.writeString(file, export, StandardCharsets.UTF_8);
		long before = this.posts.count();

		assertThat(this.importer.run(file, false).counts("post")).containsExactly(230, 0, 0);
		assertThat(this.importer.run(file, false).counts("post")).containsExactly(0, 0, 230);
		assertThat(this.posts.count()).isEqualTo(before + 230);
		assertThat(this.posts.findByLanguageAndSlug(Language.FR, "lot-229")).isPresent();
		assertThat(this.site.get("/lot-150/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/fr/actualites/lot-150"));
	}

	@Test
	void aBrokenFileWritesNothing() throws IOException {
		String whole = new String(
				WordPressImportTest.class.getResourceAsStream("/wordpress/polylang-site.xml").readAllBytes(),
				StandardCharsets.UTF_8);
		Path truncated = Files.createTempFile("truncated", ".xml");
		Files.writeString(truncated, whole.substring(0, whole.indexOf("<wp:post_id>201")), StandardCharsets.UTF_8);
		long posts = this.posts.count();
		long pages = this.pages.count();

		assertThatThrownBy(() -> this.importer.run(truncated, false)).isInstanceOfSatisfying(WxrException.class,
				(ex) -> assertThat(ex.line()).isGreaterThan(100));
		assertThat(this.posts.count()).isEqualTo(posts);
		assertThat(this.pages.count()).isEqualTo(pages);
	}

}
