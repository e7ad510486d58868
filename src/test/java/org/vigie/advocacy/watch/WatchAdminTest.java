package org.vigie.advocacy.watch;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy watch in the back-office: the watch list by deadline with overdue files
 * first and marked, the form in three languages with its revisions, and what it refuses:
 * malformed, oversized and hostile input, a missing CSRF token, another role.
 */
@AdvocacyTest
class WatchAdminTest {

	private static final String BASE = "/admin/advocacy/watch";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WatchStore store;

	@Autowired
	private Revisions revisions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SiteProperties site;

	@Autowired
	private SiteClient client;

	@Autowired
	private Clock clock;

	@Autowired
	private org.vigie.TestClock testClock;

	@Test
	void theWatchListPutsOverdueFilesFirstAndMarksThem() {
		LocalDate today = this.clock.instant().atZone(this.site.timeZone()).toLocalDate();
		String word = WatchDrafts.unique();
		String later = "order-later-" + word;
		String none = "order-none-" + word;
		String soon = "order-soon-" + word;
		String overdue = "order-overdue-" + word;
		this.store.create(WatchDrafts.draft(later, false, "", today.plusDays(40), Map.of()), false, "test",
				this.clock.instant());
		this.store.create(WatchDrafts.draft(none, false, "", null, Map.of()), false, "test", this.clock.instant());
		this.store.create(WatchDrafts.draft(soon, false, "", today.plusDays(3), Map.of()), false, "test",
				this.clock.instant());
		this.store.create(WatchDrafts.draft(overdue, false, "", today.minusDays(2), Map.of()), false, "test",
				this.clock.instant());
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		Document list = Jsoup.parse(officer.get(BASE).body());
		List<String> slugs = list.select("[data-watch-row]")
			.eachAttr("data-slug")
			.stream()
			.filter((slug) -> slug.endsWith(word))
			.toList();
		assertThat(slugs).containsExactly(overdue, soon, later, none);
		assertThat(list.select("[data-watch-row][data-slug=" + overdue + "] [data-overdue-mark]").text())
			.isEqualTo("Overdue");
		assertThat(list.select("[data-watch-row][data-slug=" + soon + "] [data-overdue-mark]")).isEmpty();
		assertThat(list.select("[data-watch-row][data-slug=" + soon + "] [data-due-soon]")).hasSize(1);
		List<String> all = list.select("[data-watch-row]").eachAttr("data-overdue");
		assertThat(all.indexOf("false")).as("every overdue file comes before the others")
			.isGreaterThanOrEqualTo((int) all.stream().filter("true"::equals).count());
	}

	@Test
	void anOfficerCreatesAFileInThreeLanguagesAndEveryChangeIsARevision() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.FR).browser();
		String slug = "form-good-" + WatchDrafts.unique();
		HttpResponse<String> created = officer.submit(BASE + "/new", BASE + "/new", fields(slug));
		assertThat(created.statusCode()).isEqualTo(302);
		WatchedFile file = this.store.bySlug(slug).orElseThrow();
		assertThat(file.title(Language.NL)).isEqualTo("Titel " + slug);
		assertThat(file.privateNotes()).isEqualTo("Call the rapporteur");
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.endsWith(BASE + "/" + file.id() + "?done=saved");

		Map<String, String> changed = fields(slug);
		changed.put("stage", "PLENARY");
		this.testClock.advance(java.time.Duration.ofMinutes(5));
		HttpResponse<String> updated = officer.submit(BASE + "/" + file.id(), BASE + "/" + file.id(), changed);
		assertThat(updated.statusCode()).isEqualTo(302);
		assertThat(this.store.file(file.id()).orElseThrow().stage()).isEqualTo(Stage.PLENARY);
		Document edit = Jsoup.parse(officer.get(BASE + "/" + file.id() + "?done=saved").body());
		assertThat(edit.select("[data-done]").text()).isEqualTo("Le dossier est enregistré.");
		assertThat(edit.select("[data-revision]")).hasSize(2);
		assertThat(this.revisions.of(WatchStore.KIND, file.id()).get(0).snapshot()).containsEntry("stage", "PLENARY");
		Document version = Jsoup.parse(officer.get(edit.select("[data-revision] a").last().attr("href")).body());
		assertThat(version.select("[data-snapshot] tr:contains(stage) td").text()).isEqualTo("COMMITTEE");
		assertThat(officer.get(BASE + "/" + file.id() + "/revisions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where target = ? and action = 'ADVOCACY_WATCH_FILE_SAVED'")
			.param("watch:" + file.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void malformedOversizedAndHostileFormsAreRefusedWithAReasonAndStoreNothing() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		Map<String, Map.Entry<String, String>> cases = Map.of("advocacy.watch.refused.slug",
				Map.entry("slug", "Bad Slug!"), "advocacy.watch.refused.stage", Map.entry("stage", "TRILOGUE_X"),
				"advocacy.watch.refused.deadline", Map.entry("deadlineOn", "2027-02-30"),
				"advocacy.watch.refused.title", Map.entry("title_en", "x".repeat(301)), "advocacy.watch.refused.notes",
				Map.entry("notes", "n".repeat(200_000)), "advocacy.watch.refused.kind", Map.entry("kind", "<script>"),
				"advocacy.watch.refused.reference", Map.entry("reference", "line\u0000break"));
		int before = files();
		cases.forEach((problem, field) -> {
			String slug = "form-bad-" + WatchDrafts.unique();
			Map<String, String> sent = fields(slug);
			sent.put(field.getKey(), field.getValue());
			HttpResponse<String> answer = officer.submit(BASE + "/new", BASE + "/new", sent);
			assertThat(answer.statusCode()).as(problem).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text()).as(problem).isNotBlank();
			assertThat(this.store.bySlug(slug)).as(problem).isEmpty();
		});
		Map<String, String> trilogueForBill = fields("form-bill-" + WatchDrafts.unique());
		trilogueForBill.put("kind", "BELGIAN_BILL");
		trilogueForBill.put("stage", "TRILOGUE");
		HttpResponse<String> refused = officer.submit(BASE + "/new", BASE + "/new", trilogueForBill);
		assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text())
			.isEqualTo("This stage does not exist for this kind of file.");
		Map<String, String> publicWithoutSummary = fields("form-nosummary-" + WatchDrafts.unique());
		publicWithoutSummary.put("public", "true");
		publicWithoutSummary.put("summary_nl", "");
		assertThat(officer.submit(BASE + "/new", BASE + "/new", publicWithoutSummary).statusCode()).isEqualTo(400);
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void hostileTextIsStoredAsTextAndEscapedOnEveryPage() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String slug = "form-xss-" + WatchDrafts.unique();
		Map<String, String> sent = fields(slug);
		sent.put("title_en", "<script>alert('t')</script><img src=x onerror=alert(1)>");
		sent.put("summary_en", "<b onmouseover=alert(2)>bold</b>");
		sent.put("public", "true");
		assertThat(officer.submit(BASE + "/new", BASE + "/new", sent).statusCode()).isEqualTo(302);
		WatchedFile file = this.store.bySlug(slug).orElseThrow();
		for (String body : List.of(officer.get(BASE).body(), officer.get(BASE + "/" + file.id()).body(),
				this.client.get("/en/advocacy/policy-watch/" + slug).body(),
				this.client.get("/en/advocacy/policy-watch").body())) {
			Document page = Jsoup.parse(body);
			assertThat(page.select("script:containsData(alert('t'))")).isEmpty();
			assertThat(page.select("img[onerror], b[onmouseover]")).isEmpty();
			assertThat(body).contains("&lt;script&gt;alert(");
		}
		Document page = this.client.page("/en/advocacy/policy-watch/" + slug);
		assertThat(page.select("h1").text()).isEqualTo("<script>alert('t')</script><img src=x onerror=alert(1)>");
	}

	@Test
	void withoutCsrfTokenOrTheAdvocacyRoleNothingIsWritten() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String slug = "form-csrf-" + WatchDrafts.unique();
		assertThat(officer.post(BASE + "/new", fields(slug)).statusCode()).isEqualTo(403);
		assertThat(this.store.bySlug(slug)).isEmpty();

		UUID id = this.store.create(WatchDrafts.draft("form-role-" + WatchDrafts.unique(), false, "", null, Map.of()),
				false, "test", this.clock.instant());
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN).browser();
		assertThat(campaigner.get(BASE).statusCode()).isEqualTo(403);
		assertThat(campaigner.get(BASE + "/" + id).statusCode()).isEqualTo(403);
		String token = campaigner.csrf("/admin");
		Map<String, String> sent = fields("form-role2-" + WatchDrafts.unique());
		sent.put("_csrf", token);
		assertThat(campaigner.post(BASE + "/new", sent).statusCode()).isEqualTo(403);
		assertThat(this.store.bySlug(sent.get("slug"))).isEmpty();
		assertThat(this.client.get(BASE).statusCode()).isIn(302, 401, 403);
	}

	@Test
	void anOfficerAddsAWatchedAddressAndBadOnesAreRefused() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		UUID id = this.store.create(WatchDrafts.draft("form-src-" + WatchDrafts.unique(), false, "", null, Map.of()),
				false, "test", this.clock.instant());
		String page = BASE + "/" + id;
		assertThat(officer
			.submit(page, page + "/sources", Map.of("address", "https://example.org/bill/12", "selector", "#status"))
			.statusCode()).isEqualTo(302);
		for (Map<String, String> bad : List.of(Map.of("address", "file:///etc/passwd", "selector", "body"),
				Map.of("address", "javascript:alert(1)", "selector", "body"),
				Map.of("address", "https://example.org/" + "a".repeat(1100), "selector", "body"),
				Map.of("address", "https://user:pw@example.org/", "selector", "body"),
				Map.of("address", "https://example.org/x", "selector", "div[[["))) {
			HttpResponse<String> answer = officer.submit(page, page + "/sources", bad);
			assertThat(answer.statusCode()).as(bad.toString()).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text()).isNotBlank();
		}
		assertThat(this.store.sources(id)).singleElement()
			.satisfies((source) -> assertThat(source.address()).isEqualTo("https://example.org/bill/12"));
		Document edit = Jsoup.parse(officer.get(page).body());
		assertThat(edit.select("[data-source] td").first().text()).contains("https://example.org/bill/12", "#status");
		assertThat(edit.select("[data-source]").attr("data-health")).isEqualTo("NEW");
	}

	private int files() {
		return this.jdbc.sql("select count(*) from advocacy_watch_file").query(Integer.class).single();
	}

	private static Map<String, String> fields(String slug) {
		Map<String, String> fields = new HashMap<>();
		fields.put("slug", slug);
		fields.put("kind", "EU_PROCEDURE");
		fields.put("stage", "COMMITTEE");
		fields.put("reference", "2099/0001(COD)");
		fields.put("institution", "European Parliament");
		fields.put("title_fr", "Titre " + slug);
		fields.put("title_nl", "Titel " + slug);
		fields.put("title_en", "Title " + slug);
		fields.put("summary_fr", "Résumé " + slug);
		fields.put("summary_nl", "Samenvatting " + slug);
		fields.put("summary_en", "Summary " + slug);
		fields.put("deadlineOn", "2027-03-01");
		fields.put("deadline_fr", "Amendements");
		fields.put("deadline_nl", "Amendementen");
		fields.put("deadline_en", "Amendments");
		fields.put("notes", "Call the rapporteur");
		return fields;
	}

}
