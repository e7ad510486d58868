package org.vigie.mobilisation.statements;

/**
 * A statement in one language.
 *
 * @param slug the last word of its address
 * @param title its title
 * @param addressee to whom it is addressed (a minister, a parliament)
 * @param summary one or two sentences for the "Act" page
 * @param body the statement itself, paragraphs separated by blank lines
 */
public record StatementText(String slug, String title, String addressee, String summary, String body) {

	/** The body's paragraphs. */
	public java.util.List<String> paragraphs() {
		return java.util.Arrays.stream(this.body.split("\\r?\\n\\s*\\r?\\n"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

}
