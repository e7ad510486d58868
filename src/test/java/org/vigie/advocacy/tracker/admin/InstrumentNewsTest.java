package org.vigie.advocacy.tracker.admin;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer picks, on an instrument's page, the news posts about it in each
 * language: a ticked post shows on the public tracker of that instrument at once, an
 * address that is not a published post is left out, the change is audited; staff of
 * another role and a form without its token are turned away.
 */
@AdvocacyTest
class InstrumentNewsTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private NewsLinks news;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLinkedPostShowsOnTheInstrumentsTrackerAndAnythingElseIsLeftOut() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String edit = TrackerAdminController.PATH + "/" + instrument.code() + "/edit";
		String page = "/en/advocacy/transposition?instrument=" + instrument.code();
		assertThat(this.site.page(page).select("[data-news] a")).isEmpty();
		String post = Jsoup.parse(officer.get(edit).body())
			.selectFirst("[data-news-links] input[name=news_en]")
			.attr("value");

		HttpResponse<String> linked = officer.submit(edit,
				TrackerAdminController.PATH + "/" + instrument.code() + "/news",
				Map.of("news_en", post, "news_fr", "/fr/actualites/nulle-part", "news_nl", "javascript:alert(1)"));

		assertThat(linked.statusCode()).isEqualTo(302);
		assertThat(this.site.page(page).select("[data-news] a")).extracting((a) -> a.attr("href"))
			.containsExactly(post);
		assertThat(
				this.site.page("/fr/plaidoyer/transposition?instrument=" + instrument.code()).select("[data-news] a"))
			.isEmpty();
		assertThat(this.news.paths(InstrumentEditing.NEWS, instrument.id(), Language.FR)).isEmpty();
		assertThat(this.news.paths(InstrumentEditing.NEWS, instrument.id(), Language.NL)).isEmpty();
		assertThat(Jsoup.parse(officer.get(edit).body()).select("[data-news-links] input[name=news_en][checked]"))
			.extracting((input) -> input.val())
			.containsExactly(post);
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ? and details = ?")
			.params("ADVOCACY_TRACKER_INSTRUMENT_SAVED", "advocacy-tracker:" + instrument.code(), "news links")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void otherRolesAndFormsWithoutTheirTokenCannotLinkPosts() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		String action = TrackerAdminController.PATH + "/" + instrument.code() + "/news";
		String post = this.news.choices(Language.EN).get(0).path();
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		assertThat(officer.post(action, Map.of("news_en", post)).statusCode()).isEqualTo(403);
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN).browser();
		Map<String, String> sent = new HashMap<>(Map.of("news_en", post));
		sent.put("_csrf", campaigner.csrf("/admin"));
		assertThat(campaigner.post(action, sent).statusCode()).isEqualTo(403);
		assertThat(this.news.paths(InstrumentEditing.NEWS, instrument.id(), Language.EN)).isEmpty();
	}

}
