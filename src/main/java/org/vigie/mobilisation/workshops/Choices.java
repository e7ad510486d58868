package org.vigie.mobilisation.workshops;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed lists the request form offers: each value is stored by name and shown with
 * its message {@code mobilisation.workshops.<list>.<NAME>}.
 */
public final class Choices {

	private Choices() {
	}

	/** What kind of organisation asks. */
	public enum Kind {

		SCHOOL, MINORS_CENTRE, YOUTH_SERVICE

	}

	/** Brussels and the ten Belgian provinces. */
	public enum Region {

		BRUSSELS, ANTWERP, EAST_FLANDERS, FLEMISH_BRABANT, LIMBURG, WEST_FLANDERS, HAINAUT, LIEGE, LUXEMBOURG, NAMUR,
		WALLOON_BRABANT

	}

	/** The age of the young people the workshop is for. */
	public enum AgeGroup {

		AGE_10_12, AGE_12_14, AGE_15_17, AGE_18_25

	}

	/** When the organisation would like the workshop: a month or a school term. */
	public enum Period {

		M09, M10, M11, M12, M01, M02, M03, M04, M05, M06, M07, M08, TERM_1, TERM_2, TERM_3

	}

	/** The constant of {@code type} with that exact name, if there is one. */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.name().equals(name)).findFirst();
	}

	/** Every constant of {@code type}, in order. */
	public static <E extends Enum<E>> List<E> all(Class<E> type) {
		return List.of(type.getEnumConstants());
	}

}
