package org.vigie.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page numbers of a listing and their addresses.
 *
 * @param current the page shown, from 1
 * @param total how many pages the listing has (at least 1)
 * @param links the numbered links to show, {@code null} path for a gap
 * @param previousPath the address of the previous page, or {@code null}
 * @param nextPath the address of the next page, or {@code null}
 */
public record Pagination(int current, int total, List<Link> links, String previousPath, String nextPath) {

	static Pagination of(int current, long items, int pageSize, IntFunction<String> path) {
		int total = (int) Math.max(1, (items + pageSize - 1) / pageSize);
		List<Link> links = new ArrayList<>();
		for (int page = 1; page <= total; page++) {
			if (page == 1 || page == total || Math.abs(page - current) <= 2) {
				links.add(new Link(page, path.apply(page)));
			}
			else if (links.get(links.size() - 1).path() != null) {
				links.add(new Link(page, null));
			}
		}
		return new Pagination(current, total, links, (current > 1) ? path.apply(current - 1) : null,
				(current < total) ? path.apply(current + 1) : null);
	}

	/**
	 * One entry of the page list.
	 *
	 * @param number the page number
	 * @param path its address, or {@code null} for a gap ("…")
	 */
	public record Link(int number, String path) {
	}

}
