package org.vigie.media;

import java.io.IOException;
import java.io.InputStream;
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
import org.vigie.media.images.Images;
import org.vigie.media.store.FileNames;
import org.vigie.media.store.Media;
import org.vigie.media.store.MediaRepository;
import org.vigie.media.store.MediaStorage;
import org.vigie.site.Language;
import org.vigie.site.Slugs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library. A file is typed by its bytes, whatever its name says: JPEG, PNG and
 * GIF images are decoded within limits and encoded again without their metadata, in the
 * widths {@code srcset} offers; PDF documents are kept as they are. Everything else is
 * refused. Files are served at {@code /media/…}, at addresses that never change.
 */
@Service
public class MediaLibrary {

	/** The largest file accepted, in bytes. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** The longest text alternative, in characters. */
	public static final int MAX_ALT = 500;

	private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");

	private static final String PDF = "application/pdf";

	private final MediaRepository media;

	private final MediaStorage storage;

	private final Clock clock;

	private final Tika tika = new Tika();

	private final MediaOwners owners;

	MediaLibrary(MediaRepository media, MediaStorage storage, Clock clock) {
		this.owners = new MediaOwners(media);
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
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	public MediaFile upload(String fileName, byte[] bytes, String uploadedBy) {
		return store(fileName, bytes, uploadedBy);
	}

	/**
	 * Adds a file from an import, with its text alternative in one language when it has
	 * none: the import's own permission was checked when it started, and it may run where
	 * nobody is signed in (the command line, a background thread).
	 * @throws UploadRefused as {@link #upload} does
	 */
	@Transactional
	public MediaFile importFile(String fileName, byte[] bytes, Language language, String alt) {
		MediaFile stored = store(fileName, bytes, "wordpress import");
		if (alt != null && !alt.isBlank() && stored.isImage()) {
			return describeItem(stored.id(), Map.of(language, alt.strip()));
		}
		return stored;
	}

	private MediaFile store(String fileName, byte[] bytes, String uploadedBy) {
		if (bytes.length == 0) {
			throw new UploadRefused("media.error.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UploadRefused("media.error.tooLarge");
		}
		String type = this.tika.detect(bytes);
		String name = FileNames.clean(fileName);
		String hash = sha256(bytes).substring(0, 24);
		try {
			if (IMAGE_TYPES.contains(type)) {
				return image("img/" + hash, name, bytes, uploadedBy).view();
			}
			if (PDF.equals(type)) {
				return document(hash, name, bytes, uploadedBy).view();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new UploadRefused("media.error.type");
	}

	private Media image(String key, String name, byte[] bytes, String uploadedBy) throws IOException {
		Optional<Media> known = this.media.findByStorageKey(key);
		if (known.isPresent()) {
			return known.get();
		}
		Images.Processed image = Images.process(bytes);
		Media item = new Media(key, MediaFile.Kind.IMAGE, image.contentType(), name,
				image.variants().values().stream().mapToLong((variant) -> variant.length).sum(), image.width(),
				image.height(), List.copyOf(image.variants().keySet()), uploadedBy, this.clock.instant());
		for (Map.Entry<Integer, byte[]> variant : image.variants().entrySet()) {
			this.storage.put(key + "/" + variant.getKey() + "." + item.extension(), variant.getValue());
		}
		return this.media.save(item);
	}

	private Media document(String hash, String name, byte[] bytes, String uploadedBy) throws IOException {
		String base = Slugs.of(name.replaceFirst("(?i)\\.pdf$", ""));
		String key = "doc/" + hash + "/" + (base.isEmpty() ? "document" : base) + ".pdf";
		Optional<Media> known = this.media.findByStorageKey(key);
		if (known.isPresent()) {
			return known.get();
		}
		this.storage.put(key, bytes);
		return this.media.save(new Media(key, MediaFile.Kind.DOCUMENT, PDF, name, bytes.length, null, null, null,
				uploadedBy, this.clock.instant()));
	}

	/** The newest items, images and documents. */
	@Transactional(readOnly = true)
	public List<MediaFile> recent() {
		return this.media.findTop200ByOrderByUploadedAtDescIdDesc().stream().map(Media::view).toList();
	}

	/** The newest images, for choosing a cover. */
	@Transactional(readOnly = true)
	public List<MediaFile> recentImages() {
		return this.media.findTop200ByKindOrderByUploadedAtDescIdDesc(MediaFile.Kind.IMAGE)
			.stream()
			.map(Media::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<MediaFile> find(long id) {
		return this.media.findById(id).map(Media::view);
	}

	/**
	 * The bytes of an image's largest width, as served at its {@link MediaFile#path()}:
	 * for a module that draws its own pictures from it (a campaign's share images).
	 * @return empty for an unknown item or a document
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> largestImage(long id) {
		Optional<Media> item = this.media.findById(id).filter(Media::isImage);
		if (item.isEmpty()) {
			return Optional.empty();
		}
		try {
			Optional<InputStream> content = this.storage.open(item.get().path().substring("/media/".length()));
			if (content.isEmpty()) {
				return Optional.empty();
			}
			try (InputStream in = content.get()) {
				return Optional.of(in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The image whose largest width is at this public address. */
	@Transactional(readOnly = true)
	public Optional<MediaFile> imageAt(String path) {
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
			.filter((item) -> item.path().equals(path))
			.map(Media::view);
	}

	/**
	 * Writes the text alternatives of an image, one per language; a blank one removes it.
	 * Editors describe any image, authors only those they uploaded.
	 * @return the image as it now is
	 * @throws UploadRefused when the image is gone or an alternative is too long
	 */
	@Transactional
	@PreAuthorize("@mediaOwners.mayDescribe(#id, authentication)")
	public MediaFile describe(long id, Map<Language, String> alts) {
		return describeItem(id, alts);
	}

	private MediaFile describeItem(long id, Map<Language, String> alts) {
		Media item = this.media.findById(id).orElseThrow(() -> new UploadRefused("media.error.missing"));
		alts.forEach((language, alt) -> {
			if (alt != null && alt.strip().length() > MAX_ALT) {
				throw new UploadRefused("media.error.altLength");
			}
			item.setAlt(language, alt);
		});
		return item.view();
	}

	/**
	 * Writes an image's text alternative in a language where it has none yet, as when an
	 * editor describes a cover in a post: the library then offers it for the next use.
	 * Only someone who may {@link #describe} the image does so; for others the post keeps
	 * its own alternative and the library is left as it is.
	 */
	@Transactional
	public void describeWhereMissing(long id, Language language, String alt) {
		if (!this.owners.mayDescribe(id, SecurityContextHolder.getContext().getAuthentication())) {
			return;
		}
		this.media.findById(id)
			.filter((item) -> item.alt(language) == null)
			.filter((item) -> alt != null && alt.strip().length() <= MAX_ALT)
			.ifPresent((item) -> item.setAlt(language, alt));
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
