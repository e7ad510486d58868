package org.vigie.content.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.UploadRefused;

import org.springframework.stereotype.Component;

/**
 * Takes each attachment's file from the local copy of {@code wp-content/uploads} and adds
 * it to the media library, re-encoded like any upload, with its text alternative. Without
 * the copy, or without the file, the attachment is reported as missing.
 */
@Component
class AttachmentImporter {

	private static final String UPLOADS = "/wp-content/uploads/";

	private final MediaLibrary media;

	private final ImportLinkRepository links;

	AttachmentImporter(MediaLibrary media, ImportLinkRepository links) {
		this.media = media;
		this.links = links;
	}

	void importAttachments(ImportRun run) {
		for (ImportPlan.Item item : run.plan.items.values()) {
			if (!"attachment".equals(item.type()) || item.attachmentUrl() == null) {
				continue;
			}
			String what = "attachment " + item.id() + " (" + item.attachmentUrl() + ")";
			Optional<Path> file = uploadedFile(run.uploads, item.attachmentUrl());
			if (file.isEmpty()) {
				run.report.skipped(what, (run.uploads == null) ? "no copy of wp-content/uploads was given"
						: "file missing from the uploads folder");
			}
			else if (run.dryRun) {
				foresee(run, item);
			}
			else {
				store(run, item, file.get(), what);
			}
		}
	}

	/**
	 * A dry run writes nothing: a file imported before stands for itself, others would be
	 * new.
	 */
	private void foresee(ImportRun run, ImportPlan.Item item) {
		Optional<MediaFile> known = this.links.find(run.site, "MEDIA", item.id())
			.flatMap((link) -> this.media.find(link.vigieId()));
		known.ifPresent((found) -> run.attachments.put(item.id(), found));
		if (known.isPresent()) {
			run.report.unchanged("media");
		}
		else {
			run.report.created("media");
		}
	}

	private void store(ImportRun run, ImportPlan.Item item, Path file, String what) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			Optional<ImportLink> link = this.links.find(run.site, "MEDIA", item.id());
			String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "|"
					+ item.alt();
			String checksum = ImportLink.checksum(fingerprint);
			MediaFile stored = this.media.importFile(file.getFileName().toString(), bytes, item.language(), item.alt());
			run.attachments.put(item.id(), stored);
			if (link.isPresent() && link.get().checksum().equals(checksum)) {
				run.report.unchanged("media");
			}
			else {
				this.links.remember(run.site, "MEDIA", item.id(), stored.id(), checksum, link);
				run.written("media", link.isPresent());
			}
		}
		catch (UploadRefused ex) {
			run.report.skipped(what, "refused: " + ex.messageKey());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			run.report.skipped(what, "unreadable: " + ex.getMessage());
		}
	}

	/**
	 * The local file of an uploaded URL, never outside the uploads folder, never through
	 * a symbolic link.
	 */
	static Optional<Path> uploadedFile(Path uploads, String url) {
		int at = url.indexOf(UPLOADS);
		if (uploads == null || at < 0) {
			return Optional.empty();
		}
		String relative = AddressPlanner.decode(url.substring(at + UPLOADS.length()).replaceAll("[?#].*", ""));
		try {
			Path root = uploads.toRealPath();
			Path resolved = root.resolve(relative).normalize();
			if (!resolved.startsWith(root) || !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.empty();
			}
			// A symbolic link in a folder on the way could lead anywhere on the server.
			return resolved.toRealPath().equals(resolved) ? Optional.of(resolved) : Optional.empty();
		}
		catch (IOException | InvalidPathException ex) {
			return Optional.empty();
		}
	}

}
