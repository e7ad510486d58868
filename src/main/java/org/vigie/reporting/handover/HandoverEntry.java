package org.vigie.reporting.handover;

import java.util.regex.Pattern;

/**
 * One file of a hand-over package, such as {@code report.txt} or {@code photo-1.jpg}.
 *
 * @param name the file's name inside the package: letters, digits, dots, dashes and
 * underscores, never a folder nor the manifest's own name
 * @param content the file's bytes
 */
public record HandoverEntry(String name, byte[] content) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	public HandoverEntry {
		if (name == null || !NAME.matcher(name).matches() || name.contains("..")
				|| name.equals(HandoverPackager.MANIFEST)) {
			throw new IllegalArgumentException("Not a hand-over entry name: " + name);
		}
		if (content == null) {
			throw new IllegalArgumentException("A hand-over entry has content");
		}
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
