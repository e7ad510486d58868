package org.vigie.content;

/**
 * Published by a module, inside the transaction that removed it, when an item leaves the
 * public site; the search index forgets it once the transaction commits.
 *
 * @param source the item's source
 * @param id its id within the source
 */
public record SearchableRemoved(String source, String id) {

	/** The item's key in the index. */
	public String key() {
		return this.source + ":" + this.id;
	}

}
