package org.vigie.reporting.directory;

/**
 * The directory's data file breaks a rule; the message names the entry and the rule so
 * that staff can fix the file. The application refuses to start with such a file rather
 * than print a wrong number.
 */
class InvalidDirectoryException extends IllegalStateException {

	InvalidDirectoryException(String message) {
		super(message);
	}

}
