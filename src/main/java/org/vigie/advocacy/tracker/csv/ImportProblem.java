package org.vigie.advocacy.tracker.csv;

/**
 * Why an import was refused, where: a line of the file (0 for the file as a whole) and a
 * column (null for the whole line), with a message key and its arguments.
 *
 * @param line the line of the file, counting the header as line 1, or 0
 * @param column the column's name, or null
 * @param key the message key
 * @param arguments the message's arguments
 */
public record ImportProblem(long line, String column, String key, Object... arguments) {

	public ImportProblem {
		arguments = arguments.clone();
	}

	/** A problem of the whole file. */
	static ImportProblem file(String key, Object... arguments) {
		return new ImportProblem(0, null, key, arguments);
	}

}
