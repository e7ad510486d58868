package org.vigie.advocacy.maps;

import java.util.List;

/**
 * What a map shows: each member state in a shade with its reading in words, and the
 * legend. The same view feeds the SVG and the text alternative beside it.
 *
 * @param title the map's title
 * @param description what it shows, in a sentence
 * @param states every member state, in protocol order
 * @param legend the shades used, with their labels and how many states have each
 */
public record Shades(String title, String description, List<State> states, List<Key> legend) {

	public Shades {
		states = List.copyOf(states);
		legend = List.copyOf(legend);
	}

	/**
	 * A member state on the map.
	 *
	 * @param code its ISO 3166 alpha-2 code
	 * @param name its name in the reader's language
	 * @param shade the key of its shade (a status name, or a share band such as
	 * {@code SHARE_2})
	 * @param words its reading in words (its status, or its share of provisions)
	 * @param path its page in the tracker
	 * @param title its name and reading together, the title of its shape
	 */
	public record State(String code, String name, String shade, String words, String path, String title) {
	}

	/**
	 * One line of the legend.
	 *
	 * @param shade the shade's key
	 * @param label what it means
	 * @param count how many states have it
	 */
	public record Key(String shade, String label, long count) {
	}

}
