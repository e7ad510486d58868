package org.vigie.content.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.site.Language;

/**
 * Where a page sits in its language's tree: its parent (of the same language, never one
 * of its own sub-pages) and its position among its siblings.
 */
final class PagePlacement {

	private final PageRepository pages;

	PagePlacement(PageRepository pages) {
		this.pages = pages;
	}

	/**
	 * The chosen parent, or {@code null} for the top.
	 * @throws EditProblems when the parent is unknown, of another language, or the page
	 * itself or one of its sub-pages
	 */
	Page parent(Language language, Long parentId, Page page) {
		if (parentId == null) {
			return null;
		}
		Page parent = this.pages.findById(parentId).orElseThrow(() -> EditProblems.of("parent", "edit.error.parent"));
		if (parent.getLanguage() != language) {
			throw EditProblems.of("parent", "edit.error.parent");
		}
		for (Page ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (page != null && ancestor.getId().equals(page.getId())) {
				throw EditProblems.of("parent", "edit.error.parentLoop");
			}
		}
		return parent;
	}

	/**
	 * Puts the page under a parent, last among its new siblings, unless it is there
	 * already.
	 */
	void placeUnder(Page page, Page parent) {
		Long wanted = (parent != null) ? parent.getId() : null;
		if (!Objects.equals(parentId(page), wanted)) {
			page.placeUnder(parent, nextPosition(page.getLanguage(), parent));
		}
	}

	/** The position after the last child of a parent (or of the top). */
	int nextPosition(Language language, Page parent) {
		Long parentId = (parent != null) ? parent.getId() : null;
		return (int) siblingsUnder(language, parentId).stream()
			.mapToInt(Page::getPosition)
			.map((position) -> position + 1)
			.max()
			.orElse(0);
	}

	/**
	 * Moves a page one place up ({@code -1}) or down ({@code 1}) among its siblings.
	 * @return whether it moved (the first cannot go up, nor the last down)
	 */
	boolean move(Page page, int direction) {
		List<Page> siblings = new ArrayList<>(siblingsUnder(page.getLanguage(), parentId(page)));
		int index = siblings.indexOf(page);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= siblings.size()) {
			return false;
		}
		siblings.remove(index);
		siblings.add(target, page);
		for (int position = 0; position < siblings.size(); position++) {
			siblings.get(position).moveTo(position);
		}
		return true;
	}

	boolean hasChildren(Page page) {
		return !siblingsUnder(page.getLanguage(), page.getId()).isEmpty();
	}

	private List<Page> siblingsUnder(Language language, Long parentId) {
		return this.pages.findByLanguageInOrder(language)
			.stream()
			.filter((other) -> Objects.equals(parentId(other), parentId))
			.toList();
	}

	private static Long parentId(Page page) {
		return (page.getParent() != null) ? page.getParent().getId() : null;
	}

}
