package org.vigie.media.store;

/**
 * Names of uploaded files as shown in the library: no folders, no control characters, at
 * most 200 characters. A document's address folds the name with the site's
 * {@link org.vigie.site.Slugs}.
 */
public final class FileNames {

	private static final int MAX_NAME = 200;

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

}
