package org.vigie.mobilisation.statements;

import org.vigie.mobilisation.Campaigners;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.Poppler;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigners write statements in three languages, approve or refuse what waits in the
 * queue, see which forms were merged into which signature, rename (which resets the
 * badges) and export the list as PDF and CSV, each export audited; other staff are
 * refused.
 */
@MobilisationTest
class StatementAdminTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private StatementStore store;

	@Autowired
	private SignatureStore signatures;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void clearOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aCampaignerWritesAStatementInThreeLanguagesAndABadFormStoresNothing() {
		Campaigners.Signed me = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String key = "new-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("opensOn", "2020-01-01");
		fields.put("closesOn", "");
		fields.put("published", "true");
		for (String c : List.of("fr", "nl", "en")) {
			fields.put("slug_" + c, key + "-" + c);
			fields.put("title_" + c, "Title " + c);
			fields.put("addressee_" + c, "Minister " + c);
			fields.put("summary_" + c, "Summary " + c);
			fields.put("body_" + c, "Paragraph one " + c + ".\n\nParagraph two " + c + ".");
		}
		Map<String, String> bad = new LinkedHashMap<>(fields);
		bad.put("title_nl", "");
		HttpResponse<String> refused = me.browser()
			.submit(StatementPaths.ADMIN + "/new", StatementPaths.ADMIN + "/new", bad);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text()).contains("Each language needs");
		assertThat(this.store.byKey(key)).isEmpty();

		HttpResponse<String> saved = me.browser()
			.submit(StatementPaths.ADMIN + "/new", StatementPaths.ADMIN + "/new", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		Statement statement = this.store.byKey(key).orElseThrow();
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		assertThat(reader.page("/nl/in-actie/verklaringen/" + key + "-nl").select("h1").text()).isEqualTo("Title nl");
		assertThat(reader.page("/fr/agir/declarations/" + key + "-fr").select("[data-statement-text] p").eachText())
			.containsExactly("Paragraph one fr.", "Paragraph two fr.");
		assertThat(audits("MOBILISATION_STATEMENT_SAVED", me.email())).isEqualTo(1);
		assertThat(me.browser().get(StatementPaths.ADMIN).body()).contains("Title en");
		assertThat(statement.published()).isTrue();
	}

	@Test
	void staffApproveFromTheQueueAndTheOrganisationAppearsWithItsBadge() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String email = "school." + UUID.randomUUID() + "@gmail.com";
		Supporter school = Supporter.fromOwnNetwork(this.port);
		Statements.sign(school, this.clock, path,
				Statements.fields("Atheneum Zuid", "SCHOOL", "atheneum-" + UUID.randomUUID() + ".be", email));
		Statements.confirm(school, new Mailbox(mail).await(email, 1).get(0));

		Campaigners.Signed me = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String page = StatementPaths.ADMIN + "/" + statement.id() + "/signatures";
		Document admin = Jsoup.parse(me.browser().get(page).body());
		assertThat(admin.select("[data-queue] [data-name]").eachText()).containsExactly("Atheneum Zuid");
		String approve = admin.selectFirst("[data-queue] form[data-approve]").attr("action");
		assertThat(me.browser().submit(page, approve, Map.of()).statusCode()).isEqualTo(302);

		assertThat(Statements.names(school, path)).containsExactly("Atheneum Zuid");
		assertThat(school.page(path).select("[data-badge]").eachText()).containsExactly("approved by staff");
		assertThat(Jsoup.parse(me.browser().get(page).body()).select("[data-queue] li")).isEmpty();
		assertThat(audits("MOBILISATION_SIGNATURE_APPROVED", me.email())).isEqualTo(1);
		assertThat(Mailbox.text(new Mailbox(mail).await(email, 2).get(1))).contains("/withdraw/");
	}

	@Test
	void mergedFormsAreShownUnderTheirSignatureAndRenamingResetsTheBadges() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "familles-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter first = Supporter.fromOwnNetwork(this.port);
		Map<String, String> form = Statements.fields("Ligue des Familles ASBL", "NGO", "www." + domain,
				"info@" + domain);
		form.put("enterpriseNumber", "0403.170.701");
		Statements.sign(first, this.clock, path, form);
		Statements.confirm(first, new Mailbox(mail).await("info@" + domain, 1).get(0));
		Statements.sign(Supporter.fromOwnNetwork(this.port), this.clock, path, Statements
			.fields("ligue des familles, a.s.b.l.", "NGO", "other-" + domain, "x." + UUID.randomUUID() + "@gmail.com"));
		Statements.sign(Supporter.fromOwnNetwork(this.port), this.clock, path,
				Statements.fields("LdF Bruxelles", "NGO", domain, "bxl@" + domain));
		assertThat(first.page(path).select("[data-badge]").eachText()).containsExactly("address verified at the domain",
				"enterprise number checked");

		Campaigners.Signed me = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String page = StatementPaths.ADMIN + "/" + statement.id() + "/signatures";
		Document admin = Jsoup.parse(me.browser().get(page).body());
		assertThat(admin.select("[data-signatures] tbody tr")).hasSize(1);
		List<String> forms = admin.select("[data-submission]").eachText();
		assertThat(forms).hasSize(3)
			.anySatisfy((one) -> assertThat(one).contains("Ligue des Familles ASBL").contains("made the signature"))
			.anySatisfy((two) -> assertThat(two).contains("a.s.b.l.").contains("merged: same name"))
			.anySatisfy((three) -> assertThat(three).contains("LdF Bruxelles").contains("merged: same domain"));

		String rename = admin.selectFirst("form[data-rename]").attr("action");
		HttpResponse<String> hostile = me.browser().submit(page, rename, Map.of("name", "a.s.b.l."));
		assertThat(hostile.statusCode()).isEqualTo(400);
		assertThat(me.browser().submit(page, rename, Map.of("name", "Ligue des Familles de Bruxelles")).statusCode())
			.isEqualTo(302);
		assertThat(Statements.names(first, path)).containsExactly("Ligue des Familles de Bruxelles");
		assertThat(first.page(path).select("[data-badge]").eachText()).containsExactly("approved by staff");
		assertThat(audits("MOBILISATION_SIGNATURE_RENAMED", me.email())).isEqualTo(1);
	}

	@Test
	void exportsHoldTheListWithoutContactsUnlessAskedAndAreAudited() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "formula-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter org = Supporter.fromOwnNetwork(this.port);
		Statements.sign(org, this.clock, path,
				Statements.fields("=HYPERLINK(\"http://evil\";\"x\")", "COMPANY", domain, "boss@" + domain));
		Statements.confirm(org, new Mailbox(mail).await("boss@" + domain, 1).get(0));
		String second = "jeugd-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Statements.sign(org, this.clock, path,
				Statements.fields("Jeugdhuis Ærø", "YOUTH_SERVICE", second, "info@" + second));
		Statements.confirm(org, new Mailbox(mail).await("info@" + second, 1).get(0));

		Campaigners.Signed me = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String base = StatementPaths.ADMIN + "/" + statement.id();
		HttpResponse<byte[]> pdf = download(me, base + "/export.pdf");
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		Poppler.require();
		String text = Poppler.text(pdf.body());
		assertThat(text).contains(statement.text(Language.EN).title())
			.contains("First paragraph.")
			.contains("2 signing organisations")
			.contains("Companies (1)")
			.contains("Youth services (1)")
			.contains("Jeugdhuis Ærø")
			.contains("List as of");

		byte[] csv = download(me, base + "/export.csv").body();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("\"Organisation\";\"Kind\";\"City\";\"Website\";\"Enterprise number\";\"Checks\"");
		assertThat(lines.get(1)).startsWith("\"Jeugdhuis Ærø\";\"Youth services\"");
		assertThat(lines.get(2)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\";\"Companies\"");
		assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain("@").contains("Jeugdhuis Ærø");
		String contacts = new String(download(me, base + "/export.csv?contacts=yes").body(), StandardCharsets.UTF_8);
		assertThat(contacts).contains("boss@" + domain).contains("Camille Contact");
		assertThat(audits("MOBILISATION_SIGNATORIES_EXPORTED", me.email())).isEqualTo(3);
		assertThat(this.jdbc.sql(
				"select details from identity_audit where actor = ? and action = 'MOBILISATION_SIGNATORIES_EXPORTED' order by id")
			.param(me.email())
			.query(String.class)
			.list()).containsExactly("pdf, 2", "csv, 2", "csv with contacts, 2");
	}

	@Test
	void staffWithoutTheCampaignersRoleAreRefused() {
		Statement statement = Statements.open(this.store, this.clock);
		Campaigners.Signed editor = Campaigners.signIn(this.context, Role.EDITOR, Language.EN);
		assertThat(editor.browser().get(StatementPaths.ADMIN).statusCode()).isEqualTo(403);
		assertThat(editor.browser().get(StatementPaths.ADMIN + "/" + statement.id() + "/export.csv").statusCode())
			.isEqualTo(403);
	}

	private HttpResponse<byte[]> download(Campaigners.Signed me, String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.site.url(path)))
				.header("Cookie", "JSESSIONID=" + me.browser().sessionId())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private int audits(String action, String actor) {
		return this.jdbc.sql("select count(*) from identity_audit where action = ? and actor = ?")
			.params(action, actor)
			.query(Integer.class)
			.single();
	}

}
