package org.vigie.advocacy.recommendations;

/**
 * The source a status step or a commitment rests on: its kind and its address, its label
 * (such as "CRIV 55 COM 1024, p. 12"), or both.
 *
 * @param kind what kind of document it is
 * @param url its public address ({@code https://…}), or {@code null}
 * @param label how to find it, or {@code null}
 */
public record Evidence(EvidenceKind kind, String url, String label) {

	/** Whether it names a document at all. */
	public boolean named() {
		return this.kind != null && (present(this.url) || present(this.label));
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
