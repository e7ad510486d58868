package org.vigie.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vigie.site.Language;

/**
 * An image or document of the media library, as other modules see it: a snapshot, never
 * changed in place. An image is served in several widths ({@link #srcset()}), re-encoded
 * without its metadata, and has a text alternative per language.
 *
 * @param id its id in the library
 * @param kind an image or a document
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}
 * @param fileName the name it had on the uploader's computer
 * @param byteSize the bytes stored, all widths together
 * @param width the width of the largest rendition of an image, else {@code null}
 * @param height its height, else {@code null}
 * @param widths the widths an image is kept in, smallest first; empty for a document
 * @param path its public address under {@code /media/}: the largest width of an image
 * @param srcset every width of an image with its address, for {@code srcset}; empty for a
 * document
 * @param alts the text alternatives of an image, by language
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record MediaFile(long id, Kind kind, String contentType, String fileName, long byteSize, Integer width,
		Integer height, List<Integer> widths, String path, String srcset, Map<Language, String> alts, String uploadedBy,
		Instant uploadedAt) {

	/** What a media file is. */
	public enum Kind {

		IMAGE, DOCUMENT

	}

	public MediaFile {
		widths = List.copyOf(widths);
		alts = Map.copyOf(alts);
	}

	public boolean isImage() {
		return this.kind == Kind.IMAGE;
	}

	/** The text alternative in a language, or {@code null} when none is written. */
	public String alt(Language language) {
		return this.alts.get(language);
	}

}
