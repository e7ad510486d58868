package org.vigie.content.wordpress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The WXR reader on exports shaped like WordPress's own, and on files that must be
 * refused with a line number.
 */
class WxrReaderTests {

	static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8" ?>
			<rss version="2.0"
				xmlns:excerpt="http://wordpress.org/export/%1$s/excerpt/"
				xmlns:content="http://purl.org/rss/1.0/modules/content/"
				xmlns:wfw="http://wellformedweb.org/CommentAPI/"
				xmlns:dc="http://purl.org/dc/elements/1.1/"
				xmlns:wp="http://wordpress.org/export/%1$s/">
			<channel>
				<title>Association</title>
				<link>https://association.example</link>
				<wp:wxr_version>%1$s</wp:wxr_version>
			""";

	static final String BODY = """
				<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[marie]]></wp:author_login><wp:author_email><![CDATA[marie@association.example]]></wp:author_email><wp:author_display_name><![CDATA[Marie Dupont]]></wp:author_display_name></wp:author>
				<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[actualites]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Actualités]]></wp:cat_name></wp:category>
				<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[formations]]></wp:category_nicename><wp:category_parent><![CDATA[actualites]]></wp:category_parent><wp:cat_name><![CDATA[Formations]]></wp:cat_name></wp:category>
				<wp:tag><wp:term_id>7</wp:term_id><wp:tag_slug><![CDATA[ecoles]]></wp:tag_slug><wp:tag_name><![CDATA[Écoles]]></wp:tag_name></wp:tag>
				<wp:term><wp:term_id>9</wp:term_id><wp:term_taxonomy><![CDATA[post_translations]]></wp:term_taxonomy><wp:term_slug><![CDATA[pll_5b1f]]></wp:term_slug><wp:term_name><![CDATA[pll_5b1f]]></wp:term_name><wp:term_description><![CDATA[a:2:{s:2:"fr";i:10;s:2:"en";i:11;}]]></wp:term_description></wp:term>
				<item>
					<title>Une saison &amp; des écoles</title>
					<link>https://association.example/une-saison/</link>
					<dc:creator><![CDATA[marie]]></dc:creator>
					<content:encoded><![CDATA[<p>Premier paragraphe</p>

			<!-- wp:paragraph -->Deuxième<!-- /wp:paragraph -->]]></content:encoded>
					<excerpt:encoded><![CDATA[Un résumé]]></excerpt:encoded>
					<wp:post_id>10</wp:post_id>
					<wp:post_date><![CDATA[2018-06-12 10:30:00]]></wp:post_date>
					<wp:post_date_gmt><![CDATA[2018-06-12 08:30:00]]></wp:post_date_gmt>
					<wp:post_name><![CDATA[une-saison]]></wp:post_name>
					<wp:status><![CDATA[publish]]></wp:status>
					<wp:post_parent>0</wp:post_parent>
					<wp:menu_order>0</wp:menu_order>
					<wp:post_type><![CDATA[post]]></wp:post_type>
					<wp:is_sticky>1</wp:is_sticky>
					<category domain="category" nicename="formations"><![CDATA[Formations]]></category>
					<category domain="post_tag" nicename="ecoles"><![CDATA[Écoles]]></category>
					<category domain="language" nicename="fr"><![CDATA[Français]]></category>
					<category domain="post_translations" nicename="pll_5b1f"><![CDATA[pll_5b1f]]></category>
					<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[12]]></wp:meta_value></wp:postmeta>
					<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Bravo]]></wp:comment_content></wp:comment>
				</item>
				<item>
					<title>Brouillon</title>
					<wp:post_id>13</wp:post_id>
					<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
					<wp:status><![CDATA[draft]]></wp:status>
					<wp:post_type><![CDATA[page]]></wp:post_type>
					<wp:post_parent>5</wp:post_parent>
					<wp:menu_order>3</wp:menu_order>
				</item>
			</channel>
			</rss>
			""";

	private static Recorder read(String xml) {
		Recorder recorder = new Recorder();
		new WxrReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), recorder);
		return recorder;
	}

	@Test
	void readsAuthorsTermsAndItemsOfEachWxrVersion() {
		for (String version : List.of("1.0", "1.1", "1.2")) {
			Recorder export = read(HEAD.formatted(version) + BODY);

			assertThat(export.version).isEqualTo(version);
			assertThat(export.authors)
				.containsExactly(new Wxr.Author("marie", "marie@association.example", "Marie Dupont"));
			assertThat(export.terms).extracting(Wxr.Term::taxonomy, Wxr.Term::slug, Wxr.Term::parentSlug)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("category", "actualites", null),
						org.assertj.core.groups.Tuple.tuple("category", "formations", "actualites"),
						org.assertj.core.groups.Tuple.tuple("post_tag", "ecoles", null),
						org.assertj.core.groups.Tuple.tuple("post_translations", "pll_5b1f", null));
			assertThat(export.terms.get(3).description()).isEqualTo("a:2:{s:2:\"fr\";i:10;s:2:\"en\";i:11;}");
			Wxr.Item post = export.items.get(0);
			assertThat(post.title()).isEqualTo("Une saison & des écoles");
			assertThat(post.dateGmt()).isEqualTo(Instant.parse("2018-06-12T08:30:00Z"));
			assertThat(post.content()).contains("<p>Premier paragraphe</p>", "<!-- wp:paragraph -->");
			assertThat(post.excerpt()).isEqualTo("Un résumé");
			assertThat(post.sticky()).isTrue();
			assertThat(post.creator()).isEqualTo("marie");
			assertThat(post.terms()).extracting(Wxr.ItemTerm::taxonomy)
				.containsExactly("category", "post_tag", "language", "post_translations");
			assertThat(post.meta()).containsEntry("_thumbnail_id", "12");
			Wxr.Item draft = export.items.get(1);
			assertThat(draft.dateGmt()).isNull();
			assertThat(draft.type()).isEqualTo("page");
			assertThat(draft.parentId()).isEqualTo(5);
			assertThat(draft.menuOrder()).isEqualTo(3);
		}
	}

	@Test
	void refusesExternalEntitiesAndEntityBombs() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.2</wp:wxr_version>
				<item><title>&secret;</title></item></channel></rss>
				""";
		String bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<rss><channel><title>&lol3;</title></channel></rss>
				""";

		for (String hostile : List.of(xxe, bomb)) {
			assertThatThrownBy(() -> read(hostile)).isInstanceOfSatisfying(WxrException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("wordpress.error.doctype");
				assertThat(ex.line()).isBetween(2, 3);
			});
		}
	}

	@Test
	void refusesMalformedTruncatedAndForeignFilesWithTheirLine() {
		String full = HEAD.formatted("1.2") + BODY;
		String truncated = full.substring(0, full.indexOf("<wp:post_name>"));
		assertThatThrownBy(() -> read(truncated)).isInstanceOfSatisfying(WxrException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("wordpress.error.malformed");
			assertThat(ex.line()).isGreaterThan(20);
		});
		assertThatThrownBy(() -> read(HEAD.formatted("1.2") + "<item><title>a</titel></item>")).isInstanceOfSatisfying(
				WxrException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("wordpress.error.malformed"));
		assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<html><body/></html>"))
			.isInstanceOfSatisfying(WxrException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("wordpress.error.notWxr");
				assertThat(ex.line()).isEqualTo(2);
			});
		assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"></rss>")).isInstanceOfSatisfying(
				WxrException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("wordpress.error.noChannel"));
		assertThatThrownBy(
				() -> read("<?xml version=\"1.0\"?>\n<rss><channel><item><title>Blog</title></item></channel></rss>"))
			.isInstanceOfSatisfying(WxrException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("wordpress.error.notWxr"));
		assertThatThrownBy(() -> read(HEAD.formatted("2.0") + "</channel></rss>")).isInstanceOfSatisfying(
				WxrException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("wordpress.error.version"));
	}

	static final class Recorder implements Wxr.Handler {

		String version;

		final List<Wxr.Author> authors = new ArrayList<>();

		final List<Wxr.Term> terms = new ArrayList<>();

		final List<Wxr.Item> items = new ArrayList<>();

		@Override
		public void version(String version) {
			this.version = version;
		}

		@Override
		public void author(Wxr.Author author) {
			this.authors.add(author);
		}

		@Override
		public void term(Wxr.Term term) {
			this.terms.add(term);
		}

		@Override
		public void item(Wxr.Item item) {
			this.items.add(item);
		}

	}

}
