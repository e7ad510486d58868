package org.vigie.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Address words made from titles and names, for every module: lower-case ASCII letters
 * and digits separated by single hyphens, accents removed ("Éducation aux médias" gives
 * "education-aux-medias").
 */
public final class Slugs {

	/** The longest slug made from a title, so addresses stay readable. */
	static final int GENERATED_LENGTH = 80;

	/** The longest slug an editor may type. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** The slug for a title, or an empty string when the title has no letter or digit. */
	public static String of(String title) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFKD);
		folded = MARKS.matcher(folded).replaceAll("");
		folded = folded.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ø", "o")
			.replace("Æ", "ae")
			.replace("Œ", "oe")
			.replace("Ø", "o")
			.replace("ł", "l")
			.replace("Ł", "l");
		String slug = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > GENERATED_LENGTH) {
			slug = slug.substring(0, GENERATED_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			if (lastHyphen > GENERATED_LENGTH / 2) {
				slug = slug.substring(0, lastHyphen);
			}
			slug = trimHyphens(slug);
		}
		return slug;
	}

	/** Whether a typed slug can be used as it is. */
	public static boolean isValid(String slug) {
		return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
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
