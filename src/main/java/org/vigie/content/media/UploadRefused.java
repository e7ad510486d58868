package org.vigie.content.media;

/**
 * An upload that was refused; nothing was stored.
 */
public class UploadRefused extends RuntimeException {

	private final String messageKey;

	UploadRefused(String messageKey) {
		super("Upload refused: " + messageKey);
		this.messageKey = messageKey;
	}

	/** The message key of the reason, for the person who uploaded. */
	public String messageKey() {
		return this.messageKey;
	}

}
