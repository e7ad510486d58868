package org.vigie.content.editing;

/**
 * Someone else saved the item since this editor opened it. Nothing was changed; the
 * editor's text is given back so it is not lost.
 */
public class EditConflict extends RuntimeException {

	private final long currentVersion;

	public EditConflict(long currentVersion) {
		super("The item changed since it was opened (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
