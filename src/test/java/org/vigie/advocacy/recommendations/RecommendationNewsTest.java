package org.vigie.advocacy.recommendations;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer picks, on a recommendation's edit page, the news posts about it in
 * each language: a ticked post shows on the recommendation's public page at once, an
 * address that is not a published post is left out, the change is a revision and an audit
 * entry; staff of another role and a form without its token are turned away.
 */
@AdvocacyTest
class RecommendationNewsTest {

	private static final String PATH = "/admin/advocacy/recommendations";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private RecommendationStore recommendations;

	@Autowired
	private AddresseeStore addressees;

	@Autowired
	private NewsLinks news;

	@Autowired
	private Revisions revisions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLinkedPostShowsOnThePublicPageAndAnythingElseIsLeftOut() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		Recommendation one = create(officer);
		String edit = PATH + "/" + one.id();
		String page = "/en/advocacy/recommendations/" + one.code();
		assertThat(this.site.page(page).select("[data-news] a")).isEmpty();
		String post = Jsoup.parse(officer.get(edit).body())
			.selectFirst("[data-news-links] input[name=news_en]")
			.attr("value");

		HttpResponse<String> linked = officer.submit(edit, edit + "/news", Map.of("news_en", post, "news_fr",
				"/fr/actualites/nulle-part", "news_nl", "https://evil.example/nl/nieuws"));

		assertThat(linked.statusCode()).isEqualTo(302);
		assertThat(this.site.page(page).select("[data-news] a")).extracting((a) -> a.attr("href"))
			.containsExactly(post);
		assertThat(this.site.page("/fr/plaidoyer/recommandations/" + one.code()).select("[data-news] a")).isEmpty();
		assertThat(this.news.paths(RecommendationDesk.KIND, one.id(), Language.FR)).isEmpty();
		assertThat(this.news.paths(RecommendationDesk.KIND, one.id(), Language.NL)).isEmpty();
		Document form = Jsoup.parse(officer.get(edit).body());
		assertThat(form.select("[data-news-links] input[name=news_en][checked]")).extracting((input) -> input.val())
			.containsExactly(post);
		assertThat(this.revisions.of(RecommendationDesk.KIND, one.id())).extracting(Revisions.Revision::summary)
			.containsExactlyInAnyOrder("created", "news links");
		assertThat(audits(one.code())).isEqualTo(2);
	}

	@Test
	void otherRolesAndFormsWithoutTheirTokenCannotLinkPosts() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		Recommendation one = create(officer);
		String edit = PATH + "/" + one.id();
		String post = this.news.choices(Language.EN).get(0).path();
		assertThat(officer.post(edit + "/news", Map.of("news_en", post)).statusCode()).isEqualTo(403);
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN).browser();
		assertThat(campaigner.get(edit).statusCode()).isEqualTo(403);
		Map<String, String> sent = new HashMap<>(Map.of("news_en", post));
		sent.put("_csrf", campaigner.csrf("/admin"));
		assertThat(campaigner.post(edit + "/news", sent).statusCode()).isEqualTo(403);
		assertThat(this.news.paths(RecommendationDesk.KIND, one.id(), Language.EN)).isEmpty();
	}

	private Recommendation create(StaffBrowser officer) {
		String code = "news-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new HashMap<>();
		fields.put("code", code);
		fields.put("origin", "NGO_EVENT");
		fields.put("madeOn", "2024-05-21");
		fields.put("reference", "Rapport annuel 2024");
		fields.put("text_fr", "Former chaque policier à l’écoute des enfants.");
		fields.put("text_nl", "Elke politieagent leren naar kinderen te luisteren.");
		fields.put("text_en", "Train every police officer to listen to children.");
		fields.put("addressee", this.addressees.byCode("guardianship-service").orElseThrow().id().toString());
		fields.put("response", "NONE");
		fields.put("progress", "NO_EVIDENCE");
		assertThat(officer.submit(PATH + "/new", PATH, fields).statusCode()).isEqualTo(302);
		return this.recommendations.byCode(code).orElseThrow();
	}

	private long audits(String code) {
		return this.jdbc.sql("select count(*) from identity_audit where target = ?")
			.param("recommendation:" + code)
			.query(Long.class)
			.single();
	}

}
