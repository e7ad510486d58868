package org.vigie.notifications;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A file sent with an email, such as an invitation's calendar file or a ticket's QR code.
 * The file name is made safe for every mail client: only letters, digits, dots, hyphens
 * and underscores are kept (anything else becomes a hyphen), no leading dot, at most 80
 * characters; the content type must be one {@code type/subtype} with optional parameters,
 * on one line.
 *
 * @param filename the name the recipient sees, made safe
 * @param contentType the MIME type, such as {@code text/calendar; charset=utf-8}
 * @param bytes the content, copied in and out
 */
public record Attachment(String filename, String contentType, byte[] bytes) {

	private static final int MAX_NAME = 80;

	private static final Pattern CONTENT_TYPE = Pattern
		.compile("(?i)[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*(; ?[a-z0-9-]+=(\"?)[a-z0-9._+-]+\\2)*");

	public Attachment {
		filename = safe(filename);
		contentType = (contentType != null) ? contentType.strip() : "";
		if (!CONTENT_TYPE.matcher(contentType).matches() || contentType.length() > 200) {
			throw new IllegalArgumentException("An attachment needs a plain content type");
		}
		if (bytes == null) {
			throw new IllegalArgumentException("An attachment needs content");
		}
		bytes = bytes.clone();
	}

	/** A copy of the content: an attachment never changes once made. */
	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

	/** The size of the content in bytes. */
	public int size() {
		return this.bytes.length;
	}

	private static String safe(String name) {
		String base = (name != null) ? name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1) : "";
		String kept = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
		if (kept.length() > MAX_NAME) {
			int dot = kept.lastIndexOf('.');
			String extension = (dot > 0 && kept.length() - dot <= 10) ? kept.substring(dot) : "";
			kept = kept.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return kept.isEmpty() ? "attachment" : kept;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && this.filename.equals(that.filename)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.filename.hashCode() + this.contentType.hashCode()) + Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return "Attachment[" + this.filename + ", " + this.contentType + ", " + this.bytes.length + " bytes]";
	}

}
