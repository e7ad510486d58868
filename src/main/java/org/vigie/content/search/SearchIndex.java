package org.vigie.content.search;

import org.vigie.content.Searchable;
import java.time.Instant;

import org.vigie.site.Language;

/**
 * Where searchable documents are kept and queried. The embedded implementation is Lucene
 * on the local disk; a cluster uses a shared search server behind the same port.
 */
public interface SearchIndex {

	/** Adds or replaces a document. */
	void put(Searchable document);

	/** Removes the document with this key ({@link Searchable#key()}), if present. */
	void remove(String key);

	/** Replaces the whole index with these documents, atomically for readers. */
	void replaceAll(Iterable<Searchable> documents);

	/** How many documents the index holds, or -1 when it does not exist yet. */
	long size();

	/**
	 * The documents of {@code language} matching {@code query} that are public at
	 * {@code now}, best first.
	 */
	SearchResults search(Language language, String query, Instant now, int page, int pageSize);

}
