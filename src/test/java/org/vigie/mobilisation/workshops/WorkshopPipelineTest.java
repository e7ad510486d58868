package org.vigie.mobilisation.workshops;

import org.vigie.mobilisation.Campaigners;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigners move a confirmed request from new to delivered, one step at a time (back
 * only with a reason), record whom it reached (absurd figures refused), which publishes
 * {@link WorkshopDelivered} again on a correction; the organisation answers the
 * evaluation once; every change is audited; other staff reach none of it.
 */
@MobilisationTest
class WorkshopPipelineTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Projects projects;

	@Autowired
	private WorkshopRequests requests;

	@Autowired
	private RequestIntake intake;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private final List<WorkshopDelivered> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = (event) -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof WorkshopDelivered one) {
			this.delivered.add(one);
		}
	};

	private Project project;

	@BeforeEach
	void project() {
		this.project = WorkshopForms.project(this.projects, this.clock);
		((ConfigurableApplicationContext) this.context).addApplicationListener(this.listener);
	}

	@AfterEach
	void emptyOutbox() {
		((ConfigurableApplicationContext) this.context).removeApplicationListener(this.listener);
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aRequestMovesOneStepAtATimeAndBackOnlyWithAReasonEachMoveAudited() {
		WorkshopRequest request = confirmedRequest(WorkshopForms.email());
		Campaigners.Signed staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String page = WorkshopPaths.admin(request.id());
		Document list = Jsoup.parse(staff.browser().get(WorkshopPaths.ADMIN + "?state=NEW").body());
		assertThat(list.select("tr[data-request=" + request.id() + "]").text()).contains("Athénée Royal des Essais");

		assertThat(move(staff, page, "DELIVERED", Map.of()).statusCode()).isEqualTo(400);
		assertThat(move(staff, page, "SCHEDULED", Map.of()).body()).contains("one step forward, or one step back");
		assertThat(move(staff, page, "CONTACTED", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> noDay = move(staff, page, "SCHEDULED", Map.of());
		assertThat(noDay.statusCode()).isEqualTo(400);
		assertThat(noDay.body()).contains("valid date");
		assertThat(move(staff, page, "SCHEDULED", Map.of("scheduledOn", "2026-13-45")).statusCode()).isEqualTo(400);
		assertThat(move(staff, page, "SCHEDULED", Map.of("scheduledOn", today().plusDays(10).toString())).statusCode())
			.isEqualTo(302);
		assertThat(move(staff, page, "CONTACTED", Map.of()).body()).contains("Say why the request goes back");
		assertThat(state(request)).isEqualTo(WorkshopState.SCHEDULED);
		assertThat(
				move(staff, page, "CONTACTED", Map.of("reason", "The class moved to <b>another</b> week")).statusCode())
			.isEqualTo(302);
		assertThat(state(request)).isEqualTo(WorkshopState.CONTACTED);
		Document shown = Jsoup.parse(staff.browser().get(page).body());
		assertThat(shown.select("[data-steps] li")).hasSize(3);
		assertThat(shown.select("[data-steps]").html()).contains("&lt;b&gt;another&lt;/b&gt;");
		assertThat(audited("MOBILISATION_WORKSHOP_MOVED", request, staff.email())).isEqualTo(3);

		HttpResponse<String> noted = staff.browser()
			.submit(page, page + "/notes", Map.of("body", "Called the school: <script>x</script>"));
		assertThat(noted.statusCode()).isEqualTo(302);
		assertThat(staff.browser().get(page).body()).contains("&lt;script&gt;x").doesNotContain("<script>x");
		assertThat(staff.browser().submit(page, page + "/notes", Map.of("body", "n".repeat(2001))).statusCode())
			.isEqualTo(400);
		assertThat(audited("MOBILISATION_WORKSHOP_NOTE", request, staff.email())).isEqualTo(1);
	}

	@Test
	void theReachIsCheckedPublishedAndCorrectedAndTheOrganisationEvaluatesOnce() throws Exception {
		String email = WorkshopForms.email();
		WorkshopRequest request = confirmedRequest(email);
		Campaigners.Signed staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.FR);
		String page = WorkshopPaths.admin(request.id());
		move(staff, page, "CONTACTED", Map.of());
		move(staff, page, "SCHEDULED", Map.of("scheduledOn", today().toString()));

		for (List<String> absurd : List.of(List.of("-1", "2"), List.of("100000", "2"), List.of("40", "5000"),
				List.of("0", "0"), List.of("quarante", "2"))) {
			HttpResponse<String> refused = reach(staff, page, today(), absurd.get(0), absurd.get(1));
			assertThat(refused.statusCode()).as(absurd.toString()).isEqualTo(400);
			assertThat(refused.body()).contains("nombres entiers");
		}
		assertThat(reach(staff, page, today().plusDays(3), "40", "2").statusCode()).isEqualTo(400);
		assertThat(state(request)).isEqualTo(WorkshopState.SCHEDULED);
		assertThat(this.delivered.stream().filter((e) -> e.requestId().equals(request.id()))).isEmpty();

		assertThat(reach(staff, page, today(), "46", "3").statusCode()).isEqualTo(302);
		assertThat(state(request)).isEqualTo(WorkshopState.DELIVERED);
		assertThat(this.delivered.stream().filter((e) -> e.requestId().equals(request.id()))).singleElement()
			.satisfies((event) -> {
				assertThat(event.requestId()).isEqualTo(request.id());
				assertThat(event.project()).isEqualTo(this.project.code());
				assertThat(event.region()).isEqualTo("LIEGE");
				assertThat(event.youngPeople()).isEqualTo(46);
				assertThat(event.teachers()).isEqualTo(3);
			});
		assertThat(reach(staff, page, today(), "44", "3").statusCode()).isEqualTo(302);
		assertThat(this.delivered.stream().filter((e) -> e.requestId().equals(request.id())))
			.extracting(WorkshopDelivered::youngPeople)
			.containsExactly(46, 44);
		assertThat(audited("MOBILISATION_WORKSHOP_REACH", request, staff.email())).isEqualTo(2);

		MimeMessage invitation = new Mailbox(mail).await(email, 2)
			.stream()
			.filter((m) -> Mailbox.links(m).stream().anyMatch((l) -> l.contains("/evaluation/")))
			.findFirst()
			.orElseThrow();
		assertThat(invitation.getSubject()).startsWith("Comment s’est passé l’atelier");
		assertThat(Mailbox.text(invitation)).contains("/fr/agir/mes-donnees/");
		String link = Mailbox.links(invitation)
			.stream()
			.filter((l) -> l.contains("/evaluation/"))
			.findFirst()
			.orElseThrow();
		String path = link.substring(link.indexOf("/fr/"));
		Supporter school = Supporter.fromOwnNetwork(this.port);
		assertThat(school.get(path.substring(0, path.length() - 3) + "abc").statusCode()).isEqualTo(404);
		assertThat(school.get("/fr/ateliers/evaluation/%3Cscript%3E").statusCode()).isEqualTo(404);
		assertThat(state(request)).isEqualTo(WorkshopState.DELIVERED);

		HttpResponse<String> invalid = evaluate(school, path,
				Map.of("usefulness", "9", "recommend", "yes", "comment", "c".repeat(2001)));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(state(request)).isEqualTo(WorkshopState.DELIVERED);
		Map<String, String> answer = Supporter.hiddenFields(school.page(path), "form[data-evaluation-form]");
		answer.putAll(Map.of("usefulness", "4", "recommend", "yes", "takeaway", "Qui appeler <i>à l’aide</i>"));
		this.clock.advance(java.time.Duration.ofSeconds(5));
		assertThat(school.post(path, answer, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		Map<String, String> forged = new java.util.HashMap<>(answer);
		forged.put("token", answer.get("token").substring(1));
		assertThat(school.post(path, forged).statusCode()).isEqualTo(400);
		assertThat(state(request)).isEqualTo(WorkshopState.DELIVERED);
		assertThat(school.post(path, answer).statusCode()).isEqualTo(302);
		assertThat(state(request)).isEqualTo(WorkshopState.EVALUATED);
		assertThat(school.page(path).select("[data-done]").text()).contains("vos réponses sont enregistrées");
		answer.put("usefulness", "1");
		assertThat(school.post(path, answer).statusCode()).isEqualTo(302);
		Document admin = Jsoup.parse(staff.browser().get(page).body());
		assertThat(admin.select("[data-evaluation]").text()).contains("4/5").contains("Qui appeler <i>à l’aide</i>");
	}

	@Test
	void onlyCampaignersReachTheWorkshopPages() {
		WorkshopRequest request = confirmedRequest(WorkshopForms.email());
		Campaigners.Signed editor = Campaigners.signIn(this.context, Role.EDITOR, Language.EN);
		Campaigners.Signed campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.NL);
		String page = WorkshopPaths.admin(request.id());
		for (String path : List.of(WorkshopPaths.ADMIN, page, WorkshopPaths.ADMIN + "/projects")) {
			assertThat(editor.browser().get(path).statusCode()).as(path).isEqualTo(403);
			assertThat(campaigner.browser().get(path).statusCode()).as(path).isEqualTo(200);
		}
		String csrf = editor.browser().csrf("/admin");
		assertThat(editor.browser().post(page + "/move", Map.of("_csrf", csrf, "to", "CONTACTED")).statusCode())
			.isEqualTo(403);
		assertThat(state(request)).isEqualTo(WorkshopState.NEW);
		assertThat(Jsoup.parse(campaigner.browser().get("/admin/mobilisation").body())
			.select("[data-areas] a[href=" + WorkshopPaths.ADMIN + "]")).hasSize(1);
	}

	@Test
	void campaignersOfferProjectsNamedInEachLanguage() {
		Campaigners.Signed staff = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String path = WorkshopPaths.ADMIN + "/projects";
		String code = "p-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new java.util.HashMap<>(Map.of("code", code, "name_fr", "Ateliers " + code,
				"name_nl", "Workshops " + code, "name_en", "Workshops " + code + " (en)", "active", "yes"));
		Map<String, String> missing = new java.util.HashMap<>(fields);
		missing.put("name_nl", "");
		assertThat(staff.browser().submit(path, path, missing).statusCode()).isEqualTo(400);
		Map<String, String> badCode = new java.util.HashMap<>(fields);
		badCode.put("code", "<script>");
		assertThat(staff.browser().submit(path, path, badCode).statusCode()).isEqualTo(400);
		assertThat(this.projects.byCode(code)).isEmpty();
		assertThat(staff.browser().submit(path, path, fields).statusCode()).isEqualTo(302);
		assertThat(staff.browser().submit(path, path, fields).statusCode()).isEqualTo(400);
		Supporter school = Supporter.fromOwnNetwork(this.port);
		assertThat(school.page("/nl/workshops").select("#project option").eachText()).contains("Workshops " + code);
		Project added = this.projects.byCode(code).orElseThrow();
		fields.put("active", "");
		assertThat(staff.browser().submit(path, path + "/" + added.id(), fields).statusCode()).isEqualTo(302);
		assertThat(school.page("/nl/workshops").select("#project option").eachText())
			.doesNotContain("Workshops " + code);
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ?")
			.params("MOBILISATION_WORKSHOP_PROJECT", "workshop-project:" + code)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private HttpResponse<String> move(Campaigners.Signed staff, String page, String to, Map<String, String> more) {
		Map<String, String> fields = new java.util.HashMap<>(more);
		fields.put("to", to);
		return staff.browser().submit(page, page + "/move", fields);
	}

	private HttpResponse<String> reach(Campaigners.Signed staff, String page, LocalDate day, String young,
			String teachers) {
		return staff.browser()
			.submit(page, page + "/reach", Map.of("deliveredOn", day.toString(), "young", young, "teachers", teachers));
	}

	private HttpResponse<String> evaluate(Supporter school, String path, Map<String, String> answers) {
		Document form = school.page(path);
		Map<String, String> fields = Supporter.hiddenFields(form, "form[data-evaluation-form]");
		fields.putAll(answers);
		this.clock.advance(java.time.Duration.ofSeconds(5));
		return school.post(path, fields);
	}

	private WorkshopRequest confirmedRequest(String email) {
		Map<String, String> fields = WorkshopForms.school(this.project, email);
		RequestForm form = RequestForm.read(new org.springframework.util.LinkedMultiValueMap<>(fields.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> List.of(e.getValue())))));
		assertThat(form.errors()).isEmpty();
		this.intake.submit(form.request(), Language.FR, "Atelier", this.clock.instant());
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		WorkshopRequest request = this.requests.ofPerson(person).get(0);
		new Mailbox(mail).await(email, 1);
		this.jdbc.sql("update mobilisation_workshops_request set confirmed_at = created_at where id = ?")
			.param(request.id())
			.update();
		return this.requests.byId(request.id()).orElseThrow();
	}

	private WorkshopState state(WorkshopRequest request) {
		return this.requests.byId(request.id()).orElseThrow().state();
	}

	private long audited(String action, WorkshopRequest request, String actor) {
		return this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ? and actor = ?")
			.params(action, "workshop-request:" + request.id(), actor)
			.query(Long.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
