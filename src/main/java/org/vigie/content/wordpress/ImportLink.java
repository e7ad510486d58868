package org.vigie.content.wordpress;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A WordPress item or term and what the import made of it, with a checksum of what was
 * imported, so a second import of the same export changes nothing.
 */
@Entity
@Table(name = "content_wordpress_link")
@IdClass(ImportLink.Key.class)
class ImportLink {

	@Id
	private String site;

	@Id
	private String kind;

	@Id
	@Column(name = "wp_id")
	private long wpId;

	@Column(name = "vigie_id", nullable = false)
	private long vigieId;

	@Column(nullable = false)
	private String checksum;

	protected ImportLink() {
	}

	ImportLink(String site, String kind, long wpId, long vigieId, String checksum) {
		this.site = site;
		this.kind = kind;
		this.wpId = wpId;
		this.vigieId = vigieId;
		this.checksum = checksum;
	}

	long vigieId() {
		return this.vigieId;
	}

	String checksum() {
		return this.checksum;
	}

	/**
	 * The SHA-256 of a text, in hexadecimal: what tells an item changed since its import.
	 */
	static String checksum(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void update(long vigieId, String checksum) {
		this.vigieId = vigieId;
		this.checksum = checksum;
	}

	/** The composite key. */
	static class Key implements Serializable {

		private String site;

		private String kind;

		private long wpId;

		Key() {
		}

		Key(String site, String kind, long wpId) {
			this.site = site;
			this.kind = kind;
			this.wpId = wpId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.site.equals(this.site) && key.kind.equals(this.kind)
					&& key.wpId == this.wpId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.site, this.kind, this.wpId);
		}

	}

}
