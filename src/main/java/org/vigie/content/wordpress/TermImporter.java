package org.vigie.content.wordpress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.site.Language;
import org.vigie.content.ContentPaths;

import org.springframework.stereotype.Component;

/**
 * Imports categories (parents first) and tags in their languages, and remembers where
 * their archives were and are now.
 */
@Component
class TermImporter {

	/** How deep a chain of parents is followed, so a loop in an export cannot hang. */
	private static final int MAX_DEPTH = 20;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final ImportLinkRepository links;

	TermImporter(CategoryRepository categories, TagRepository tags, ImportLinkRepository links) {
		this.categories = categories;
		this.tags = tags;
		this.links = links;
	}

	void importTerms(ImportRun run) {
		List<Wxr.Term> ordered = new ArrayList<>(run.plan.terms);
		ordered.forEach((term) -> run.termsBySlug.put(term.taxonomy() + ":" + term.slug(), term));
		ordered.sort(Comparator.comparingInt((Wxr.Term term) -> depth(run, term, 0)));
		for (Wxr.Term term : ordered) {
			run.termIdsBySlug.put(term.taxonomy() + ":" + term.slug(), term.id());
			if ("category".equals(term.taxonomy())) {
				importCategory(run, term);
			}
			else {
				importTag(run, term);
			}
		}
	}

	private int depth(ImportRun run, Wxr.Term term, int depth) {
		Wxr.Term parent = (term.parentSlug() != null) ? run.termsBySlug.get(term.taxonomy() + ":" + term.parentSlug())
				: null;
		return (parent == null || depth > MAX_DEPTH) ? depth : depth(run, parent, depth + 1);
	}

	private void importCategory(ImportRun run, Wxr.Term term) {
		Language language = run.plan.termLanguage(term);
		Long parentId = (term.parentSlug() != null)
				? run.categoryIds.get(run.termIdsBySlug.get("category:" + term.parentSlug())) : null;
		String checksum = ImportLink.checksum(term.slug() + "|" + term.name() + "|" + term.parentSlug() + "|"
				+ term.description() + "|" + language + "|" + run.plan.termGroups.get(term.id()));
		Optional<ImportLink> link = this.links.find(run.site, "CATEGORY", term.id());
		Optional<Category> existing = link.flatMap((found) -> this.categories.findById(found.vigieId()));
		if (existing.isPresent() && link.get().checksum().equals(checksum)) {
			run.categoryIds.put(term.id(), existing.get().getId());
			archive(run, "category", term, language, existing.get().getSlug());
			run.report.unchanged("category");
			return;
		}
		String slug = Polylang.freeSlug(term.slug(), language,
				(candidate) -> this.categories.findByLanguageAndSlug(language, candidate)
					.filter((other) -> existing.map((own) -> !own.getId().equals(other.getId())).orElse(true))
					.isPresent());
		Category category = existing.orElseGet(() -> new Category(run.termKey(term), language, slug, term.name()));
		category.rename(term.name(), slug);
		category.setDescription(term.description());
		category.setParent((parentId != null) ? this.categories.findById(parentId).orElse(null) : null);
		category = this.categories.save(category);
		run.categoryIds.put(term.id(), category.getId());
		this.links.remember(run.site, "CATEGORY", term.id(), category.getId(), checksum, link);
		archive(run, "category", term, language, slug);
		run.written("category", existing.isPresent());
	}

	private void importTag(ImportRun run, Wxr.Term term) {
		Language language = run.plan.termLanguage(term);
		String checksum = ImportLink
			.checksum(term.slug() + "|" + term.name() + "|" + language + "|" + run.plan.termGroups.get(term.id()));
		Optional<ImportLink> link = this.links.find(run.site, "TAG", term.id());
		Optional<Tag> existing = link.flatMap((found) -> this.tags.findById(found.vigieId()));
		if (existing.isPresent() && link.get().checksum().equals(checksum)) {
			run.tagIds.put(term.id(), existing.get().getId());
			archive(run, "tag", term, language, existing.get().getSlug());
			run.report.unchanged("tag");
			return;
		}
		String slug = Polylang.freeSlug(term.slug(), language,
				(candidate) -> this.tags.findByLanguageAndSlug(language, candidate)
					.filter((other) -> existing.map((own) -> !own.getId().equals(other.getId())).orElse(true))
					.isPresent());
		Tag tag = existing.orElseGet(() -> new Tag(run.termKey(term), language, slug, term.name()));
		tag.rename(term.name(), slug);
		tag = this.tags.save(tag);
		run.tagIds.put(term.id(), tag.getId());
		this.links.remember(run.site, "TAG", term.id(), tag.getId(), checksum, link);
		archive(run, "tag", term, language, slug);
		run.written("tag", existing.isPresent());
	}

	/**
	 * Remembers where a category or tag archive was ({@code /category/parent/child}, with
	 * the language prefix Polylang adds outside the default language) and where it is
	 * now.
	 */
	private void archive(ImportRun run, String base, Wxr.Term term, Language language, String newSlug) {
		String target = "category".equals(base) ? ContentPaths.category(language, newSlug)
				: ContentPaths.tag(language, newSlug);
		List<String> chain = new ArrayList<>(List.of(term.slug()));
		Wxr.Term current = term;
		for (int depth = 0; depth < MAX_DEPTH && current.parentSlug() != null; depth++) {
			current = run.termsBySlug.get(term.taxonomy() + ":" + current.parentSlug());
			if (current == null) {
				break;
			}
			chain.add(0, current.slug());
		}
		List<String> paths = new ArrayList<>(List.of("/" + base + "/" + term.slug()));
		if (chain.size() > 1) {
			paths.add("/" + base + "/" + String.join("/", chain));
		}
		for (String path : paths) {
			run.termAddresses.put(path, target);
			if (language != run.plan.defaultLanguage) {
				run.termAddresses.put("/" + language.code() + path, target);
			}
		}
	}

}
