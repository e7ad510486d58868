package org.vigie.mobilisation.events.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.Question;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.people.EmailAddress;

/**
 * A registration form as sent, read and checked: every field's problem is a message key,
 * and a form with any problem records nothing.
 *
 * @param email the address typed
 * @param name the name typed (for the list at the door)
 * @param seats the number of places typed
 * @param answers the answers typed, by field name
 * @param consent whether the consent box was ticked
 * @param problems the problems found, by field name
 */
record RegistrationForm(String email, String name, String seats, Map<String, String> answers, boolean consent,
		Map<String, String> problems) {

	/** The longest name kept. */
	static final int MAX_NAME = 100;

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "1", Map.of(), false, Map.of());
	}

	/** Reads and checks what was sent for that event. */
	static RegistrationForm read(Map<String, String> sent, Event event) {
		Map<String, String> problems = new LinkedHashMap<>();
		String email = clip(sent.getOrDefault("email", ""));
		if (EmailAddress.parse(sent.getOrDefault("email", "")).isEmpty()) {
			problems.put("email", "mobilisation.problem.email");
		}
		String name = clip(sent.getOrDefault("name", "")).strip();
		if (name.isEmpty() || name.length() > MAX_NAME || hasControl(name, false)) {
			problems.put("name", "mobilisation.events.refused.name");
		}
		String seats = clip(sent.getOrDefault("seats", "")).strip();
		if (parseSeats(seats).isEmpty()) {
			problems.put("seats", "mobilisation.events.refused.seats");
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : sent.entrySet()) {
			if (!field.getKey().startsWith("q_")) {
				continue;
			}
			Optional<Question> question = questionOf(event, field.getKey());
			if (question.isEmpty()) {
				problems.put("questions", "mobilisation.events.refused.question");
				continue;
			}
			String answer = field.getValue().strip();
			answers.put(field.getKey(), clip(answer));
			if (answer.length() > Question.MAX_ANSWER || hasControl(answer, true)) {
				problems.put(field.getKey(), "mobilisation.events.refused.answer");
			}
		}
		for (Question question : event.questions()) {
			if (question.required() && answers.getOrDefault(question.field(), "").isBlank()) {
				problems.putIfAbsent(question.field(), "mobilisation.events.refused.required");
			}
		}
		boolean consent = "yes".equals(sent.get("consent"));
		if (!consent) {
			problems.put("consent", "mobilisation.events.problem.consent");
		}
		return new RegistrationForm(email, name, seats, answers, consent, problems);
	}

	/** The address, once the form has no problem. */
	EmailAddress address() {
		return EmailAddress.parse(this.email).orElseThrow();
	}

	/** The number of places, once the form has no problem. */
	int seatCount() {
		return parseSeats(this.seats).orElseThrow();
	}

	/** The answers given (blank ones left out), by question. */
	Map<UUID, String> answersByQuestion() {
		Map<UUID, String> byQuestion = new LinkedHashMap<>();
		this.answers.forEach((field, answer) -> {
			if (!answer.isBlank()) {
				byQuestion.put(UUID.fromString(field.substring(2)), answer);
			}
		});
		return byQuestion;
	}

	/** The fields with a problem, in form order, for the summary at the top. */
	public List<String> problemKeys() {
		return new ArrayList<>(this.problems.values()).stream().distinct().toList();
	}

	private static Optional<Question> questionOf(Event event, String field) {
		try {
			return event.question(UUID.fromString(field.substring(2)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> parseSeats(String seats) {
		if (!seats.matches("[0-9]{1,3}")) {
			return Optional.empty();
		}
		int count = Integer.parseInt(seats);
		return (count >= 1 && count <= Registration.MAX_SEATS) ? Optional.of(count) : Optional.empty();
	}

	/** Whether a text has control characters (line breaks allowed in long answers). */
	private static boolean hasControl(String text, boolean lines) {
		return text.chars()
			.anyMatch((c) -> (c < 0x20 && !(lines && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7f);
	}

	/** What is kept of a field to show it again: never more than a long answer. */
	private static String clip(String text) {
		return (text.length() > Question.MAX_ANSWER + 1) ? text.substring(0, Question.MAX_ANSWER + 1) : text;
	}

}
