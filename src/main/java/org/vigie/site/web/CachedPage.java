package org.vigie.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public response kept in memory, in plain and gzip form, with the tags it is
 * evicted by.
 */
record CachedPage(byte[] body, byte[] gzipped, String contentType, String contentLanguage, String etag,
		Set<String> tags) {

	/** Bodies smaller than this are not worth compressing. */
	private static final int GZIP_THRESHOLD = 1024;

	/** The memory the page takes, in bytes. */
	int size() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
	}

	static CachedPage of(byte[] body, String contentType, String contentLanguage, Set<String> tags) {
		byte[] gzipped = (body.length >= GZIP_THRESHOLD) ? gzip(body) : null;
		return new CachedPage(body, gzipped, contentType, contentLanguage, etagOf(body), Set.copyOf(tags));
	}

	/**
	 * The strong validator of the gzip form, distinct from the plain one as HTTP
	 * requires.
	 */
	String gzipEtag() {
		return this.etag.substring(0, this.etag.length() - 1) + "-gz\"";
	}

	/** Whether an {@code If-None-Match} header names one of the given validators. */
	static boolean matches(String ifNoneMatch, String etag, String otherEtag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag) || tag.equals(otherEtag)) {
				return true;
			}
		}
		return false;
	}

	static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
