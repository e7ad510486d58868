package org.vigie.content;

/**
 * Published by a module, inside the transaction that changed it, when a searchable item
 * appears or changes; the search index is updated once the transaction commits.
 *
 * @param item the item as search should now find it
 */
public record SearchableChanged(Searchable item) {
}
