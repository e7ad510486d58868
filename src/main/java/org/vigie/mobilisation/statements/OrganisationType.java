package org.vigie.mobilisation.statements;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of organisation a statement's list is grouped by, in the order the list shows
 * them. Labels are {@code mobilisation.statements.type.NAME} in each language.
 */
public enum OrganisationType {

	NGO, SCHOOL, YOUTH_SERVICE, UNION, FAITH, COMPANY, PUBLIC_BODY, OTHER;

	/** The type a form sent, if it is one of the list. */
	public static Optional<OrganisationType> parse(String sent) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(sent)).findFirst();
	}

	/** The message key of its label. */
	public String label() {
		return "mobilisation.statements.type." + name();
	}

}
