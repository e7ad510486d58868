package org.vigie.content.admin;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.MediaLibrary;
import org.vigie.media.TestImages;
import org.vigie.media.store.MediaRepository;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every back-office address the application maps and checks who gets in: nobody
 * without signing in, and each role exactly its permissions. Then sends the editors'
 * forms bad input over HTTP.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=content-admin")
class ContentAdminAccessTest {

	private static final String PASSWORD = "correct horse battery staple";

	/** Open to visitors: signing in, first setup, invitations and resets. */
	private static final Set<String> PUBLIC = Set.of("/admin/login", "/admin/setup", "/admin/invitation",
			"/admin/password-reset", "/admin/password-reset/{token}", "/admin/password-reset/new");

	/** They end the session the walk needs; tested in the identity tests. */
	private static final Set<String> SESSION_ENDING = Set.of("POST /admin/logout", "POST /admin/sign-out-everywhere",
			"POST /admin/account/password");

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private Clock clock;

	private final Map<Long, List<String>> recoveryCodes = new java.util.HashMap<>();

	@Autowired
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private PostRepository posts;

	@Autowired
	private PageRepository pages;

	@Autowired
	private MediaLibrary media;

	@Autowired
	private MediaRepository mediaItems;

	private StaffMember author;

	private StaffMember editor;

	@BeforeEach
	void staff() {
		String suffix = Long.toString(System.nanoTime());
		this.author = this.accounts.create("author" + suffix + "@example.org", "Ann Author", PASSWORD, Language.FR,
				Set.of(Role.AUTHOR), "test");
		this.editor = this.accounts.create("editor" + suffix + "@example.org", "Ed Editor", PASSWORD, Language.FR,
				Set.of(Role.EDITOR), "test");
		enrol(this.author);
		enrol(this.editor);
	}

	private void enrol(StaffMember member) {
		this.recoveryCodes.put(member.getId(),
				new ArrayList<>(SecondFactors.enrol(this.twoFactor, this.clock, member.getId())));
	}

	/** One of the member's unused recovery codes, for the second sign-in step. */
	private String code(StaffMember member) {
		return this.recoveryCodes.get(member.getId()).remove(0);
	}

	/** Who may use an address: the roles that hold its permission. */
	private static Set<String> allowed(String method, String path) {
		if (path.startsWith("/admin/staff") || path.startsWith("/admin/import") || path.startsWith("/admin/report")
				|| path.startsWith("/admin/cards") || path.startsWith("/admin/fundraising")
				|| path.startsWith("/admin/mobilisation") || path.startsWith("/admin/advocacy")) {
			// Staff, imports, the reporting line (analysts and administrators only), the
			// awareness cards (trainers and administrators only), fundraising
			// (fundraisers and administrators only), mobilisation (campaigners and
			// administrators only) and advocacy (advocacy officers and administrators
			// only).
			return Set.of();
		}
		if (path.startsWith("/admin/newsletter")) {
			// The newsletter: campaigners and editors.
			return Set.of("editor");
		}
		if (path.startsWith("/admin/audit") || path.startsWith("/admin/pages")
				|| path.startsWith("/admin/categories")) {
			return Set.of("editor");
		}
		if (path.startsWith("/admin/posts") && path.matches(".*/(publish|schedule|unpublish|delete)$")) {
			return Set.of("editor");
		}
		return Set.of("author", "editor");
	}

	@Test
	void everyBackOfficeAddressAnswersEachRoleWithExactlyItsPermissions() {
		List<String> routes = routes();
		assertThat(routes).contains("GET /admin/posts", "POST /admin/posts/{id}/publish", "GET /admin/pages",
				"POST /admin/media", "GET /admin/posts/{id}/revisions/{number}", "POST /admin/pages/{id}/move");
		List<String> wrong = new ArrayList<>();
		StaffBrowser anonymous = new StaffBrowser(this.site);
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String pattern = route.substring(route.indexOf(' ') + 1);
			if (PUBLIC.contains(pattern)) {
				continue;
			}
			Fixture fixture = fixture();
			HttpResponse<String> response = send(anonymous, method, fixture.path(pattern), fixture.fields(), null);
			boolean refused = "GET".equals(method)
					? response.statusCode() == 302
							&& response.headers().firstValue("Location").orElse("").endsWith("/admin/login")
					: response.statusCode() == 403;
			if (!refused) {
				wrong.add("anonymous " + route + " -> " + response.statusCode());
			}
		}
		for (String role : List.of("author", "editor")) {
			StaffMember member = "author".equals(role) ? this.author : this.editor;
			StaffBrowser browser = new StaffBrowser(this.site);
			assertThat(browser.signIn(member.getEmail(), PASSWORD, code(member)).headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
			for (String route : routes) {
				String method = route.substring(0, route.indexOf(' '));
				String pattern = route.substring(route.indexOf(' ') + 1);
				if (PUBLIC.contains(pattern) || SESSION_ENDING.contains(route)
						|| pattern.startsWith("/admin/two-factor") || pattern.startsWith("/admin/recovery")) {
					continue;
				}
				Fixture fixture = fixture();
				HttpResponse<String> response = send(browser, method, fixture.path(pattern), fixture.fields(),
						browser.csrf("/admin/account"));
				boolean expected = allowed(method, pattern).contains(role);
				boolean got = response.statusCode() != 403
						&& !response.headers().firstValue("Location").orElse("").endsWith("/admin/login");
				if (expected != got) {
					wrong.add(role + " " + route + " -> " + response.statusCode());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void anAuthorCannotOpenOrChangeAnotherAuthorsPost() {
		StaffMember other = this.accounts.create("other" + System.nanoTime() + "@example.org", "Other Author", PASSWORD,
				Language.FR, Set.of(Role.AUTHOR), "test");
		StaffBrowser otherBrowser = new StaffBrowser(this.site);
		enrol(other);
		otherBrowser.signIn(other.getEmail(), PASSWORD, code(other));
		HttpResponse<String> created = otherBrowser.post("/admin/posts/new?lang=fr", Map.of("_csrf",
				otherBrowser.csrf("/admin/posts/new"), "title", "Le brouillon d’une autre", "body", "<p>Privé</p>"));
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.replaceAll(".*/admin/posts/(\\d+).*", "$1"));

		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(this.author.getEmail(), PASSWORD, code(this.author));
		assertThat(browser.get("/admin/posts/" + id).statusCode()).isEqualTo(403);
		HttpResponse<String> save = browser.post("/admin/posts/" + id,
				Map.of("_csrf", browser.csrf("/admin/account"), "version", "0", "title", "Pris", "body", "<p>x</p>"));
		assertThat(save.statusCode()).isEqualTo(403);
		assertThat(this.posts.findById(id).orElseThrow().getTitle()).isEqualTo("Le brouillon d’une autre");
	}

	@Test
	void aFiveMegabyteBodyAndADuplicateSlugGetAClearMessageAndChangeNothing() {
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(this.editor.getEmail(), PASSWORD, code(this.editor));
		long before = this.posts.count();

		String csrf = browser.csrf("/admin/posts/new");
		HttpResponse<String> huge = browser.post("/admin/posts/new?lang=fr",
				Map.of("_csrf", csrf, "title", "Énorme", "body", "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>"));
		assertThat(huge.statusCode()).isEqualTo(200);
		assertThat(huge.body()).contains("Le texte est trop long");

		HttpResponse<String> duplicate = browser.post("/admin/posts/new?lang=fr", Map.of("_csrf", csrf, "title",
				"Doublon", "slug", this.posts.findAll().get(0).getSlug(), "body", "<p>x</p>"));
		assertThat(duplicate.body()).contains("utilise déjà cette adresse");
		assertThat(this.posts.count()).isEqualTo(before);
	}

	@Test
	void uploadsAreCheckedOverHttpToo() {
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(this.author.getEmail(), PASSWORD, code(this.author));
		String csrf = browser.csrf("/admin/media");
		long before = this.mediaItems.count();

		HttpResponse<String> php = browser.upload("/admin/media", csrf, "file", "photo.jpg",
				"<?php system($_GET['c']); ?>".getBytes(), Map.of());
		assertThat(php.body()).contains("ni une image JPEG, PNG ou GIF ni un document PDF");
		HttpResponse<String> bomb = browser.upload("/admin/media", csrf, "file", "bomb.png",
				TestImages.decompressionBomb(60_000, 60_000), Map.of());
		assertThat(bomb.body()).contains("trop de pixels");
		HttpResponse<String> oversized = browser.upload("/admin/media", csrf, "file", "huge.jpg",
				new byte[21 * 1024 * 1024], Map.of());
		assertThat(oversized.statusCode()).isEqualTo(302);
		assertThat(oversized.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/media?problem=tooLarge"));
		assertThat(browser.get("/admin/media?problem=tooLarge").body()).contains("trop volumineux");
		HttpResponse<String> forged = browser.upload("/admin/media", "not-the-token", "file", "a.jpg",
				TestImages.jpeg(100, 100), Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(this.mediaItems.count()).isEqualTo(before);

		HttpResponse<String> photo = browser.upload("/admin/media", csrf, "file", "classe.jpg",
				TestImages.jpeg(1200, 800), Map.of("alt_fr", "Une classe", "alt_nl", "Een klas"));
		assertThat(photo.statusCode()).isEqualTo(302);
		assertThat(this.mediaItems.count()).isEqualTo(before + 1);
		var item = this.media.recentImages().get(0);
		assertThat(item.alt(Language.NL)).isEqualTo("Een klas");
		HttpResponse<String> served = this.site.get(item.path());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
	}

	@Test
	void thePageTreeIsEachLanguagesMenuInTheOrderEditorsGiveIt() {
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(this.editor.getEmail(), PASSWORD, code(this.editor));
		String csrf = browser.csrf("/admin/pages");
		long first = publishedPage(browser, csrf, "Premier essai de menu");
		long second = publishedPage(browser, csrf, "Second essai de menu");
		assertThat(menu()).containsSubsequence("Premier essai de menu", "Second essai de menu");

		browser.post("/admin/pages/" + second + "/move", Map.of("_csrf", csrf, "direction", "-1"));
		assertThat(menu()).containsSubsequence("Second essai de menu", "Premier essai de menu");

		Page page = this.pages.findById(first).orElseThrow();
		browser.post("/admin/pages/" + first, Map.of("_csrf", csrf, "version", Long.toString(page.getVersion()),
				"title", page.getTitle(), "slug", page.getSlug(), "body", page.getBody()));
		assertThat(menu()).contains("Second essai de menu").doesNotContain("Premier essai de menu");
		assertThat(this.site.get("/fr/" + page.getSlug()).statusCode()).isEqualTo(200);
		assertThat(this.site.get("/nl/").body()).doesNotContain("essai de menu");
	}

	@Test
	void aStaleSaveIsRefusedWithTheEditorsTextKept() {
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(this.editor.getEmail(), PASSWORD, code(this.editor));
		String csrf = browser.csrf("/admin/posts");
		HttpResponse<String> created = browser.post("/admin/posts/new?lang=fr",
				Map.of("_csrf", csrf, "title", "Version de départ", "body", "<p>Départ</p>"));
		long id = Long.parseLong(
				created.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/posts/(\\d+).*", "$1"));
		assertThat(browser
			.post("/admin/posts/" + id,
					Map.of("_csrf", csrf, "version", "0", "title", "Version d’Alice", "body", "<p>Alice</p>"))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> bob = browser.post("/admin/posts/" + id,
				Map.of("_csrf", csrf, "version", "0", "title", "Version de Bob", "body", "<p>Bob</p>"));

		assertThat(bob.statusCode()).isEqualTo(200);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(bob.body());
		assertThat(page.select("[role=alert]").text()).contains("Quelqu’un d’autre a enregistré");
		assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Version de Bob");
		assertThat(this.posts.findById(id).orElseThrow().getTitle()).isEqualTo("Version d’Alice");
	}

	private long publishedPage(StaffBrowser browser, String csrf, String title) {
		HttpResponse<String> created = browser.post("/admin/pages/new?lang=fr",
				Map.of("_csrf", csrf, "title", title, "body", "<p>Texte</p>", "inMenu", "true"));
		long id = Long.parseLong(
				created.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/pages/(\\d+).*", "$1"));
		long version = this.pages.findById(id).orElseThrow().getVersion();
		assertThat(browser
			.post("/admin/pages/" + id + "/publish", Map.of("_csrf", csrf, "version", Long.toString(version)))
			.statusCode()).isEqualTo(302);
		return id;
	}

	private List<String> menu() {
		return org.jsoup.Jsoup.parse(this.site.get("/fr/").body()).select("nav.main-nav a").eachText();
	}

	private List<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/admin")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return new ArrayList<>(routes);
	}

	/**
	 * A fresh post of the author, a page and an image, so each request finds what it
	 * needs.
	 */
	private Fixture fixture() {
		Post post = new Post(java.util.UUID.randomUUID().toString(), Language.FR, "walk-" + System.nanoTime(), "Marche",
				"<p>Texte</p>", java.time.Instant.now());
		post.setOwnerId(this.author.getId());
		post = this.posts.save(post);
		Page page = this.pages.save(new Page(java.util.UUID.randomUUID().toString(), Language.FR,
				"walk-" + System.nanoTime(), "Page de marche", "<p>Texte</p>", java.time.Instant.now()));
		return new Fixture(post, page);
	}

	private record Fixture(Post post, Page page) {

		String path(String pattern) {
			long id = pattern.startsWith("/admin/pages") ? this.page.getId() : this.post.getId();
			// Other modules' variables (a report's image…) get a value their handlers
			// refuse.
			return pattern.replace("{id}", Long.toString(id))
				.replace("{number}", "1")
				.replace("{token}", "x")
				.replaceAll("\\{[^/]*\\}", "x");
		}

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("version", "0");
			fields.put("title", "Titre");
			fields.put("body", "<p>Texte</p>");
			fields.put("language", "nl");
			fields.put("direction", "1");
			fields.put("publishAt", "2099-01-01T09:00");
			return fields;
		}

	}

	private static HttpResponse<String> send(StaffBrowser browser, String method, String path,
			Map<String, String> fields, String csrf) {
		if ("GET".equals(method)) {
			return browser.get(path);
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		if (csrf != null) {
			withToken.put("_csrf", csrf);
		}
		return browser.post(path, withToken);
	}

}
