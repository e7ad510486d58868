package org.vigie.media;

/**
 * An upload (or a change of text alternatives) that was refused; nothing was stored. The
 * message key, in the media module's messages, says why.
 */
public class UploadRefused extends RuntimeException {

	private final String messageKey;

	public UploadRefused(String messageKey) {
		super("Upload refused: " + messageKey);
		this.messageKey = messageKey;
	}

	/** The message key of the reason, for the person who uploaded. */
	public String messageKey() {
		return this.messageKey;
	}

}
