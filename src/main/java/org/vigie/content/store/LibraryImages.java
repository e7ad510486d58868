package org.vigie.content.store;

import java.util.regex.Pattern;

/**
 * Where images in a body may come from: the media library only ({@code /media/…}), never
 * another host, never a {@code .} or {@code ..} step out of it. Checked when an editor
 * saves a body and again when it is rendered for readers, so a body written to the
 * database some other way (an import, a restore, a hand-made row) shows no other image.
 */
public final class LibraryImages {

	/**
	 * An address of the media library: path segments of safe characters, none starting
	 * with a dot.
	 */
	public static final Pattern ADDRESS = Pattern.compile("^/media(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}){1,10}$");

	private LibraryImages() {
	}

	/** Whether an image's {@code src} is an address of the media library. */
	public static boolean isLibraryAddress(String src) {
		return src != null && src.length() <= 300 && ADDRESS.matcher(src).matches();
	}

}
