package org.vigie.content.wordpress;

/**
 * A file that cannot be imported, with the reason as a message key and the line where the
 * reader stopped (0 when unknown).
 */
public class WxrException extends RuntimeException {

	private final String messageKey;

	private final int line;

	WxrException(String messageKey, int line, String detail) {
		super(messageKey + " at line " + line + ((detail != null) ? ": " + detail : ""));
		this.messageKey = messageKey;
		this.line = line;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public int line() {
		return this.line;
	}

}
