package org.vigie.reporting.line;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Upload;

import org.springframework.web.multipart.MultipartFile;

/**
 * The images a reporter attached, cleaned of their metadata; at most {@value #MAX} of
 * them, each a JPEG or PNG image within {@link ImageCleaner}'s limits. Empty file fields
 * (nothing chosen) are skipped.
 */
final class Images {

	static final int MAX = 3;

	private Images() {
	}

	/**
	 * The cleaned images, or the message key of why they were refused.
	 *
	 * @param uploads the cleaned images
	 * @param error the refusal's message key, or {@code null}
	 */
	record Cleaned(List<Upload> uploads, String error) {
	}

	static Cleaned clean(List<MultipartFile> files) {
		List<MultipartFile> chosen = files.stream().filter((file) -> file != null && !file.isEmpty()).toList();
		if (chosen.size() > MAX) {
			return new Cleaned(List.of(), "line.error.tooManyImages");
		}
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : chosen) {
			try {
				if (file.getSize() > ImageCleaner.MAX_BYTES) {
					return new Cleaned(List.of(), "line.error.image");
				}
				uploads.add(ImageCleaner.clean(file.getBytes()));
			}
			catch (ImageCleaner.NotAnImage | IOException ex) {
				return new Cleaned(List.of(), "line.error.image");
			}
		}
		return new Cleaned(uploads, null);
	}

}
