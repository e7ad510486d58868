package org.vigie.mobilisation.statements.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementText;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * A statement's back-office form as typed: its key, days, publication and texts in the
 * three languages.
 *
 * @param key its key
 * @param opensOn the first day, as typed
 * @param closesOn the last day, as typed (empty: none)
 * @param published whether it is published
 * @param texts the texts in each language
 */
record StatementForm(String key, String opensOn, String closesOn, boolean published,
		Map<Language, StatementText> texts) {

	/** A new statement's form, opening today. */
	static StatementForm empty(LocalDate today) {
		Map<Language, StatementText> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, new StatementText("", "", "", "", "")));
		return new StatementForm("", today.toString(), "", false, texts);
	}

	static StatementForm of(Statement statement) {
		return new StatementForm(statement.key(), statement.opensOn().toString(),
				(statement.closesOn() != null) ? statement.closesOn().toString() : "", statement.published(),
				new EnumMap<>(statement.texts()));
	}

	static StatementForm read(Map<String, String> fields, String fixedKey) {
		FormValues values = new FormValues(fields, 21_000);
		Map<Language, StatementText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String c = "_" + language.code();
			texts.put(language, new StatementText(values.text("slug" + c), values.text("title" + c),
					values.text("addressee" + c), values.text("summary" + c), values.text("body" + c)));
		}
		return new StatementForm((fixedKey != null) ? fixedKey : values.text("key"), values.text("opensOn"),
				values.text("closesOn"), values.ticked("published"), texts);
	}

	/**
	 * The statement this form describes.
	 * @throws IllegalArgumentException with the message key of what is wrong
	 */
	Statement statement(UUID id) {
		if (!this.key.matches("[a-z0-9-]{3,60}")) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.key");
		}
		LocalDate opens;
		LocalDate closes;
		try {
			opens = LocalDate.parse(this.opensOn);
			closes = this.closesOn.isEmpty() ? null : LocalDate.parse(this.closesOn);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.dates");
		}
		if (closes != null && closes.isBefore(opens)) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.dates");
		}
		this.texts.values().forEach(StatementForm::check);
		return new Statement(id, this.key, opens, closes, this.published, this.texts);
	}

	private static void check(StatementText text) {
		boolean fine = text.slug().matches("[a-z0-9-]{2,80}") && between(text.title(), 200)
				&& between(text.addressee(), 200) && between(text.summary(), 600) && between(text.body(), 20_000);
		if (!fine) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.text");
		}
	}

	private static boolean between(String value, int max) {
		return !value.isBlank() && value.length() <= max;
	}

}
