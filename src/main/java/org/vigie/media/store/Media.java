package org.vigie.media.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.vigie.media.MediaFile;
import org.vigie.site.Language;
import org.vigie.site.LanguageColumn;

/**
 * An uploaded image or document. An image is kept in several widths, re-encoded without
 * its metadata; its text alternative is written once per language. (The tables keep the
 * names they had when the library belonged to the content module.)
 */
@Entity
@Table(name = "content_media")
public class Media {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** For an image, the folder of its widths; for a document, the file. */
	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediaFile.Kind kind;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "byte_size", nullable = false)
	private long byteSize;

	private Integer width;

	private Integer height;

	/** The widths an image is kept in, smallest first, separated by commas. */
	private String widths;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "content_media_alt", joinColumns = @JoinColumn(name = "media_id"))
	@MapKeyColumn(name = "lang")
	@Convert(attributeName = "key", converter = LanguageColumn.class)
	@Column(name = "alt", nullable = false)
	private Map<Language, String> alts = new EnumMap<>(Language.class);

	protected Media() {
	}

	public Media(String storageKey, MediaFile.Kind kind, String contentType, String fileName, long byteSize,
			Integer width, Integer height, List<Integer> widths, String uploadedBy, Instant uploadedAt) {
		this.storageKey = storageKey;
		this.kind = kind;
		this.contentType = contentType;
		this.fileName = fileName;
		this.byteSize = byteSize;
		this.width = width;
		this.height = height;
		this.widths = (widths != null && !widths.isEmpty())
				? widths.stream().map(String::valueOf).collect(Collectors.joining(",")) : null;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public MediaFile.Kind getKind() {
		return this.kind;
	}

	public boolean isImage() {
		return this.kind == MediaFile.Kind.IMAGE;
	}

	public String getContentType() {
		return this.contentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public long getByteSize() {
		return this.byteSize;
	}

	public Integer getWidth() {
		return this.width;
	}

	public Integer getHeight() {
		return this.height;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	/** For an image, the folder of its widths; for a document, the file. */
	public String getStorageKey() {
		return this.storageKey;
	}

	/** The widths an image is kept in, smallest first; empty for a document. */
	public List<Integer> widths() {
		return (this.widths == null) ? List.of() : Arrays.stream(this.widths.split(",")).map(Integer::valueOf).toList();
	}

	/** The public address of the largest width of an image, or of the document. */
	public String path() {
		if (this.kind == MediaFile.Kind.DOCUMENT) {
			return "/media/" + this.storageKey;
		}
		List<Integer> all = widths();
		return variantPath(all.get(all.size() - 1));
	}

	/** The {@code srcset} of an image: every width it is kept in. */
	public String srcset() {
		return widths().stream().map((w) -> variantPath(w) + " " + w + "w").collect(Collectors.joining(", "));
	}

	String variantPath(int width) {
		return "/media/" + this.storageKey + "/" + width + "." + extension();
	}

	/** The file extension of an image's widths. */
	public String extension() {
		return "image/png".equals(this.contentType) ? "png" : "jpg";
	}

	/** The text alternative in a language, or {@code null} when none is written. */
	public String alt(Language language) {
		return this.alts.get(language);
	}

	public Map<Language, String> getAlts() {
		return this.alts;
	}

	/** Sets the text alternative in a language; a blank one removes it. */
	public void setAlt(Language language, String alt) {
		if (alt == null || alt.isBlank()) {
			this.alts.remove(language);
		}
		else {
			this.alts.put(language, alt.strip());
		}
	}

	/** This item as other modules see it. */
	public MediaFile view() {
		return new MediaFile(this.id, this.kind, this.contentType, this.fileName, this.byteSize, this.width,
				this.height, widths(), path(), srcset(), this.alts, this.uploadedBy, this.uploadedAt);
	}

}
