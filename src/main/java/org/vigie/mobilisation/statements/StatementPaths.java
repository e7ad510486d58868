package org.vigie.mobilisation.statements;

import java.util.Map;

import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * Statements' public addresses, under the "Act" base:
 * {@code /fr/agir/declarations/<slug>}, {@code /nl/in-actie/verklaringen/<slug>},
 * {@code /en/act/statements/<slug>}, and their withdrawal links.
 */
public final class StatementPaths {

	private static final Map<Language, String> WORD = Map.of(Language.FR, "declarations", Language.NL, "verklaringen",
			Language.EN, "statements");

	private static final Map<Language, String> WITHDRAW = Map.of(Language.FR, "retrait", Language.NL, "intrekken",
			Language.EN, "withdraw");

	private StatementPaths() {
	}

	/** A statement's page. */
	public static String statement(Language language, Statement statement) {
		return ActPaths.act(language) + "/" + WORD.get(language) + "/" + statement.text(language).slug();
	}

	/** The thanks page after signing. */
	public static String signed(Language language, Statement statement) {
		return statement(language, statement) + "?signed";
	}

	/** A signature's withdrawal page. */
	public static String withdraw(Language language, Statement statement, String key) {
		return statement(language, statement) + "/" + WITHDRAW.get(language) + "/" + key;
	}

	/** Where the back-office of statements lives. */
	public static final String ADMIN = "/admin/mobilisation/statements";

}
