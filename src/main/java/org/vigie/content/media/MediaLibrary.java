package org.vigie.content.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.vigie.content.editing.Slugs;
import org.vigie.site.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads into the media library. A file is typed by its bytes, whatever its name says:
 * JPEG, PNG and GIF images are decoded within limits and encoded again without their
 * metadata, in the widths {@code srcset} offers; PDF documents are kept as they are.
 * Everything else is refused.
 */
@Service
public class MediaLibrary {

	/** The largest file accepted, in bytes. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");

	private static final String PDF = "application/pdf";

	private final MediaRepository media;

	private final MediaStorage storage;

	private final Clock clock;

	private final Tika tika = new Tika();

	MediaLibrary(MediaRepository media, MediaStorage storage, Clock clock) {
		this.media = media;
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * Adds a file to the library; the same bytes uploaded twice give the same item.
	 * @param fileName the name the file had on the uploader's computer
	 * @param bytes its content
	 * @param uploadedBy who uploads it
	 * @return the stored item
	 * @throws UploadRefused when the file is empty, too large, of another type,
	 * unreadable or too large once decoded
	 */
	@Transactional
	public Media upload(String fileName, byte[] bytes, String uploadedBy) {
		if (bytes.length == 0) {
			throw new UploadRefused("media.error.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UploadRefused("media.error.tooLarge");
		}
		String type = this.tika.detect(bytes);
		String name = cleanName(fileName);
		String hash = sha256(bytes).substring(0, 24);
		try {
			if (IMAGE_TYPES.contains(type)) {
				String key = "img/" + hash;
				Optional<Media> known = this.media.findByStorageKey(key);
				if (known.isPresent()) {
					return known.get();
				}
				Images.Processed image = Images.process(bytes);
				Media item = new Media(key, Media.Kind.IMAGE, image.contentType(), name,
						image.variants().values().stream().mapToLong((variant) -> variant.length).sum(), image.width(),
						image.height(), List.copyOf(image.variants().keySet()), uploadedBy, this.clock.instant());
				for (Map.Entry<Integer, byte[]> variant : image.variants().entrySet()) {
					this.storage.put(key + "/" + variant.getKey() + "." + item.extension(), variant.getValue());
				}
				return this.media.save(item);
			}
			if (PDF.equals(type)) {
				String base = Slugs.of(name.replaceFirst("(?i)\\.pdf$", ""));
				String key = "doc/" + hash + "/" + (base.isEmpty() ? "document" : base) + ".pdf";
				Optional<Media> known = this.media.findByStorageKey(key);
				if (known.isPresent()) {
					return known.get();
				}
				this.storage.put(key, bytes);
				return this.media.save(new Media(key, Media.Kind.DOCUMENT, PDF, name, bytes.length, null, null, null,
						uploadedBy, this.clock.instant()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new UploadRefused("media.error.type");
	}

	/** The newest items, images and documents. */
	@Transactional(readOnly = true)
	public List<Media> recent() {
		return this.media.findTop200ByOrderByUploadedAtDescIdDesc();
	}

	/** The newest images, for choosing a cover. */
	@Transactional(readOnly = true)
	public List<Media> recentImages() {
		return this.media.findTop200ByKindOrderByUploadedAtDescIdDesc(Media.Kind.IMAGE);
	}

	@Transactional(readOnly = true)
	public Optional<Media> find(long id) {
		return this.media.findById(id);
	}

	/** The image whose largest width is at this public address. */
	@Transactional(readOnly = true)
	public Optional<Media> imageAt(String path) {
		if (path == null || !path.startsWith("/media/img/")) {
			return Optional.empty();
		}
		String rest = path.substring("/media/".length());
		int slash = rest.lastIndexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		return this.media.findByStorageKey(rest.substring(0, slash))
			.filter(Media::isImage)
			.filter((item) -> item.path().equals(path));
	}

	/** Writes the text alternatives of an image, one per language. */
	@Transactional
	public void describe(long id, Map<Language, String> alts) {
		Media item = this.media.findById(id).orElseThrow(() -> new UploadRefused("media.error.missing"));
		alts.forEach((language, alt) -> {
			if (alt != null && alt.strip().length() > 500) {
				throw new UploadRefused("media.error.altLength");
			}
			item.setAlt(language, alt);
		});
	}

	private static String cleanName(String fileName) {
		String name = (fileName == null) ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "file" : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
