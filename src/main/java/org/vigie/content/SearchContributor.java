package org.vigie.content;

import java.util.stream.Stream;

/**
 * A module's searchable items, declared as a bean, read when the search index is built
 * from scratch. Single changes travel as {@link SearchableChanged} and
 * {@link SearchableRemoved} events instead.
 */
public interface SearchContributor {

	/** How many items {@link #all()} gives, to tell whether the index is complete. */
	long count();

	/**
	 * Every public or scheduled item, read lazily; the caller closes the stream, so an
	 * implementation may read its database a batch at a time.
	 */
	Stream<Searchable> all();

}
