package org.vigie.media.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of uploaded files: as shown in the library (no folders, no control characters, at
 * most 200 characters), and folded for a document's address ("Rapport d'activité.pdf" is
 * served as {@code rapport-d-activite.pdf}).
 */
public final class FileNames {

	private static final int MAX_NAME = 200;

	/** The longest folded name, so addresses stay readable. */
	private static final int MAX_FOLDED = 80;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private FileNames() {
	}

	/** The name without its folders and invisible characters; {@code file} when empty. */
	public static String clean(String fileName) {
		String name = (fileName == null) ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (name.length() > MAX_NAME) {
			name = name.substring(name.length() - MAX_NAME);
		}
		return name.isEmpty() ? "file" : name;
	}

	/**
	 * Lower-case ASCII letters and digits separated by single hyphens, accents removed;
	 * empty when the name has no letter or digit.
	 */
	public static String fold(String name) {
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		folded = folded.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ø", "o")
			.replace("Æ", "ae")
			.replace("Œ", "oe")
			.replace("Ø", "o")
			.replace("ł", "l")
			.replace("Ł", "l");
		String slug = trimHyphens(SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"));
		if (slug.length() > MAX_FOLDED) {
			slug = slug.substring(0, MAX_FOLDED);
			int lastHyphen = slug.lastIndexOf('-');
			if (lastHyphen > MAX_FOLDED / 2) {
				slug = slug.substring(0, lastHyphen);
			}
			slug = trimHyphens(slug);
		}
		return slug;
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
