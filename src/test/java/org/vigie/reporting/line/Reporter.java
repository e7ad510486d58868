package org.vigie.reporting.line;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter going through the line's form over HTTP, one step after another, as a
 * browser without JavaScript would: each step's page is read, its fields filled, sent
 * back after a few (test clock) seconds.
 */
final class Reporter {

	static final String FORM = "/en/report/form";

	static final String FOLLOW_UP = "/en/report/follow-up";

	private final LineClient client;

	private final TestClock clock;

	Reporter(LineClient client, TestClock clock) {
		this.client = client;
		this.clock = clock;
	}

	/** Answers to every field, each text holding the marker. */
	static Map<String, String> answers(String marker, String followUp) {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("category", "SEXUAL_EXPLOITATION");
		answers.put("what", "what " + marker);
		answers.put("country", "TH");
		answers.put("city", "city " + marker);
		answers.put("placeType", "HOTEL");
		answers.put("place", "place " + marker);
		answers.put("latitude", "13.7563");
		answers.put("longitude", "100.5018");
		answers.put("precision", "2");
		answers.put("when", "when " + marker);
		answers.put("adults", "adults " + marker);
		answers.put("children", "children " + marker);
		answers.put("languages", "languages " + marker);
		answers.put("residence", "BE");
		answers.put("name", "name " + marker);
		answers.put("email", marker.toLowerCase(java.util.Locale.ROOT) + "@example.org");
		answers.put("phone", "+32 2 000 00 00");
		answers.put("followUp", followUp);
		return answers;
	}

	/** The page of the step reached after sending the first steps (1 to {@code last}). */
	HttpResponse<String> upTo(int last, Map<String, String> answers) {
		HttpResponse<String> page = this.client.get(FORM);
		assertThat(page.statusCode()).isEqualTo(200);
		for (int step = 1; step <= last; step++) {
			page = send(page, step, answers, List.of());
			assertThat(page.statusCode()).as("step " + step + ": " + page.body()).isEqualTo(200);
		}
		return page;
	}

	/** Goes through every step and sends the report; the answer to the last step. */
	HttpResponse<String> submit(Map<String, String> answers, List<LineClient.Part> images, String... headers) {
		HttpResponse<String> page = upTo(ReportForm.STEPS - 1, answers);
		return send(page, ReportForm.STEPS, answers, images, headers);
	}

	/** Fills in one step's fields on its page and sends it. */
	HttpResponse<String> send(HttpResponse<String> page, int step, Map<String, String> answers,
			List<LineClient.Part> images, String... headers) {
		Map<String, String> fields = LineClient.fields(page.body(), 0);
		ReportForm.FIELDS.get(step - 1).forEach((field) -> {
			if (answers.containsKey(field)) {
				fields.put(field, answers.get(field));
			}
		});
		this.clock.advance(Duration.ofSeconds(4));
		return (step == ReportForm.STEPS) ? this.client.postMultipart(FORM, fields, images, headers)
				: this.client.post(FORM, fields, headers);
	}

	/**
	 * Types a receipt on the follow-up page; the answer (a redirect with the pass when
	 * right).
	 */
	HttpResponse<String> typeReceipt(String receipt, String... headers) {
		Map<String, String> fields = LineClient.fields(this.client.get(FOLLOW_UP).body(), 0);
		fields.put("receipt", receipt);
		this.clock.advance(Duration.ofSeconds(4));
		return this.client.post(FOLLOW_UP, fields, headers);
	}

}
