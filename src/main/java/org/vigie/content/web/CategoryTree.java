package org.vigie.content.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;

/**
 * Categories with everything below them, so a parent's listing and feed include its
 * children's posts.
 */
final class CategoryTree {

	private CategoryTree() {
	}

	static Set<Long> withDescendants(Category category, CategoryRepository categories) {
		List<Category> all = categories.findByLanguage(category.getLanguage());
		Set<Long> ids = new HashSet<>(Set.of(category.getId()));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Category candidate : all) {
				if (candidate.getParent() != null && ids.contains(candidate.getParent().getId())) {
					grew |= ids.add(candidate.getId());
				}
			}
		}
		return ids;
	}

}
