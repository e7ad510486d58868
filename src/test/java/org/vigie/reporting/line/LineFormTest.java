package org.vigie.reporting.line;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report form over HTTP, as a browser without JavaScript sends it: forged, expired,
 * cross-site and hostile forms change nothing and say why; floods are stopped.
 */
@ReportingTest
class LineFormTest {

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LineThrottle throttle;

	@Value("${local.server.port}")
	private int port;

	private LineClient client;

	private Reporter reporter;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.throttle.forget();
		this.client = new LineClient(this.port);
		this.reporter = new Reporter(this.client, this.clock);
	}

	@Test
	void aReportWithoutFollowUpIsThankedWithoutAReceipt() {
		long before = reports();
		HttpResponse<String> answer = this.reporter.submit(Reporter.answers("nofollow", "NONE"), List.of());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(text(answer)).contains("Thank you, your report was received").doesNotContain("Your receipt");
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void eachStepSaysWhatIsMissingAndKeepsTheOtherAnswers() {
		HttpResponse<String> first = this.client.get(Reporter.FORM);
		Map<String, String> fields = LineClient.fields(first.body(), 0);
		fields.put("what", "   ");
		this.clock.advance(Duration.ofSeconds(4));
		HttpResponse<String> answer = this.client.post(Reporter.FORM, fields);
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(text(answer)).contains("This answer is required.", "Please pick one of the choices offered.");

		HttpResponse<String> second = this.reporter.upTo(1, Reporter.answers("kept", "NONE"));
		assertThat(text(second)).contains("Step 2 of 4");
		assertThat(LineClient.fields(second.body(), 0)).containsEntry("what", "what kept");
		fields = LineClient.fields(second.body(), 0);
		fields.put("back", "1");
		this.clock.advance(Duration.ofSeconds(4));
		HttpResponse<String> back = this.client.post(Reporter.FORM, fields);
		assertThat(text(back)).contains("Step 1 of 4");
		assertThat(Jsoup.parse(back.body()).selectFirst("textarea[name=what]").val()).isEqualTo("what kept");
	}

	@Test
	void hostileAnswersAreRefusedWithAClearMessageAndNothingIsStored() {
		long before = reports();
		assertRefused(Map.of("what", "x".repeat(5001)), 1, "This answer is too long");
		assertRefused(Map.of("what", "a\u0000b"), 1, "characters that cannot be used");
		assertRefused(Map.of("category", "DROP TABLE"), 1, "Please pick one of the choices offered.");
		assertRefused(Map.of("country", "XX"), 2, "Please choose a country from the list.");
		assertRefused(Map.of("latitude", "91", "longitude", "abc"), 2, "Type a latitude between -90 and 90");
		assertRefused(Map.of("email", "<script>alert(1)</script>"), 4, "This email address does not look right.");
		assertRefused(Map.of("followUp", "CONSENT", "email", "", "phone", ""), 4, "give an email address");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aTamperedEarlierAnswerIsCaughtAtTheLastStep() {
		long before = reports();
		HttpResponse<String> last = this.reporter.upTo(3, Reporter.answers("tampered", "NONE"));
		Map<String, String> fields = LineClient.fields(last.body(), 0);
		fields.put("followUp", "NONE");
		fields.put("country", "ZZ");
		this.clock.advance(Duration.ofSeconds(4));
		HttpResponse<String> answer = this.client.postMultipart(Reporter.FORM, fields, List.of());
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(text(answer)).contains("Step 2 of 4", "Please choose a country from the list.");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void imagesThatAreNotImagesOrTooManyAreRefused() {
		long before = reports();
		LineClient.Part fake = new LineClient.Part("images", "a.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes());
		HttpResponse<String> answer = this.reporter.submit(Reporter.answers("fake", "NONE"), List.of(fake));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(text(answer)).contains("Only JPEG or PNG images of 5 MB at most can be attached.");
		LineClient.Part image = new LineClient.Part("images", "a.jpg", "image/jpeg",
				org.vigie.media.TestImages.jpeg(20, 20));
		answer = this.reporter.submit(Reporter.answers("many", "NONE"), List.of(image, image, image, image));
		assertThat(text(answer)).contains("Attach three images at most.");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void anOversizedRequestIsSentBackBeforeBeingRead() {
		HttpResponse<String> last = this.reporter.upTo(3, Reporter.answers("huge", "NONE"));
		Map<String, String> fields = LineClient.fields(last.body(), 0);
		byte[] huge = new byte[17 * 1024 * 1024];
		HttpResponse<String> answer = this.client.postMultipart(Reporter.FORM, fields,
				List.of(new LineClient.Part("images", "big.jpg", "image/jpeg", huge)));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/en/report?tooLarge");
		assertThat(text(this.client.get("/en/report?tooLarge"))).contains("The images were too large");
	}

	@Test
	void formsWithoutAValidTokenOrFromAnotherSiteAreRefused() {
		long before = reports();
		HttpResponse<String> last = this.reporter.upTo(3, Reporter.answers("csrf", "NONE"));
		Map<String, String> good = LineClient.fields(last.body(), 0);
		this.clock.advance(Duration.ofSeconds(4));

		Map<String, String> missing = new java.util.LinkedHashMap<>(good);
		missing.remove("token");
		assertThat(this.client.postMultipart(Reporter.FORM, missing, List.of()).statusCode()).isEqualTo(403);

		Map<String, String> forged = new java.util.LinkedHashMap<>(good);
		String token = good.get("token");
		forged.put("token", token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0"));
		HttpResponse<String> refused = this.client.postMultipart(Reporter.FORM, forged, List.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(text(refused)).contains("This form cannot be accepted");

		assertThat(
				this.client.postMultipart(Reporter.FORM, good, List.of(), "Sec-Fetch-Site", "cross-site").statusCode())
			.isEqualTo(403);
		assertThat(this.client
			.post("/en/report/follow-up", Map.of("token", token, "receipt", "x"), "Sec-Fetch-Site", "same-site")
			.statusCode()).isEqualTo(403);

		this.clock.advance(FormTokens.MAXIMUM_AGE);
		HttpResponse<String> expired = this.client.postMultipart(Reporter.FORM, good, List.of());
		assertThat(text(expired)).contains("Please check your answers and send them again.");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aFormSentBackAtOnceIsNotTaken() {
		long before = reports();
		HttpResponse<String> last = this.reporter.upTo(3, Reporter.answers("fast", "NONE"));
		Map<String, String> fields = LineClient.fields(last.body(), 0);
		fields.put("followUp", "NONE");
		HttpResponse<String> answer = this.client.postMultipart(Reporter.FORM, fields, List.of());
		assertThat(text(answer)).contains("Please check your answers and send them again.");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void submissionsFromOneAddressAreLimitedWithALocalisedAnswer() {
		for (int i = 0; i < LineThrottle.Bucket.SUBMISSION.limit(); i++) {
			assertThat(this.reporter.submit(Reporter.answers("flood" + i, "NONE"), List.of()).statusCode())
				.isEqualTo(200);
		}
		long before = reports();
		HttpResponse<String> refused = this.reporter.submit(Reporter.answers("flood", "NONE"), List.of());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(text(refused)).contains("Too many attempts");
		assertThat(reports()).isEqualTo(before);
		HttpResponse<String> french = this.client.get("/fr/signaler/formulaire");
		Map<String, String> fields = LineClient.fields(french.body(), 0);
		this.throttle.forget();
		for (int i = 0; i <= LineThrottle.Bucket.FORM.limit(); i++) {
			this.client.post("/fr/signaler/formulaire", fields);
		}
		assertThat(text(this.client.post("/fr/signaler/formulaire", fields))).contains("Trop de tentatives");
	}

	@Test
	void receiptGuessesFromOneAddressAreLimited() {
		for (int i = 0; i < LineThrottle.Bucket.RECEIPT.limit(); i++) {
			assertThat(this.reporter.typeReceipt("not a receipt").statusCode()).isEqualTo(422);
		}
		HttpResponse<String> refused = this.reporter.typeReceipt("ABCD-EFGH-JKMN-PQRS-TVWX");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(text(refused)).contains("Too many attempts");
	}

	private void assertRefused(Map<String, String> wrong, int step, String message) {
		Map<String, String> answers = Reporter.answers("hostile", "NONE");
		HttpResponse<String> page = (step == 1) ? this.client.get(Reporter.FORM)
				: this.reporter.upTo(step - 1, answers);
		answers.putAll(wrong);
		HttpResponse<String> answer = this.reporter.send(page, step, answers, List.of());
		assertThat(answer.statusCode()).as(wrong.toString()).isEqualTo(422);
		assertThat(text(answer)).as(wrong.toString()).contains(message);
	}

	private long reports() {
		return this.jdbc.sql("select count(*) from reporting_report").query(Long.class).single();
	}

	static String text(HttpResponse<String> response) {
		return Jsoup.parse(response.body()).text();
	}

}
