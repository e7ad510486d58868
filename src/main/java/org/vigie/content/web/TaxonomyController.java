package org.vigie.content.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.PageMeta.Crumb;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Listings of the posts in a category (sub-categories included) or with a tag.
 */
@Controller
class TaxonomyController {

	private final Newsroom newsroom;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final MessageSource messages;

	TaxonomyController(Newsroom newsroom, CategoryRepository categories, TagRepository tags, MessageSource messages) {
		this.newsroom = newsroom;
		this.categories = categories;
		this.tags = tags;
		this.messages = messages;
	}

	@GetMapping({ ContentPaths.CATEGORY_FR + "/{slug}", ContentPaths.CATEGORY_NL + "/{slug}",
			ContentPaths.CATEGORY_EN + "/{slug}" })
	String category(Language language, @PathVariable String slug, Model model) {
		SharedPage.mark("news");
		return category(language, slug, 1, model);
	}

	@GetMapping({ ContentPaths.CATEGORY_FR + "/{slug}/page/{number}",
			ContentPaths.CATEGORY_NL + "/{slug}/page/{number}", ContentPaths.CATEGORY_EN + "/{slug}/page/{number}" })
	Object categoryPage(Language language, @PathVariable String slug, @PathVariable String number, Model model) {
		SharedPage.mark("news");
		if ("1".equals(number)) {
			Category category = this.categories.findByLanguageAndSlug(language, slug)
				.orElseThrow(TaxonomyController::notFound);
			return redirect(ContentPaths.category(language, category.getSlug()));
		}
		return category(language, slug, PageNumbers.parse(number), model);
	}

	@GetMapping({ ContentPaths.TAG_FR + "/{slug}", ContentPaths.TAG_NL + "/{slug}", ContentPaths.TAG_EN + "/{slug}" })
	String tag(Language language, @PathVariable String slug, Model model) {
		SharedPage.mark("news");
		return tag(language, slug, 1, model);
	}

	@GetMapping({ ContentPaths.TAG_FR + "/{slug}/page/{number}", ContentPaths.TAG_NL + "/{slug}/page/{number}",
			ContentPaths.TAG_EN + "/{slug}/page/{number}" })
	Object tagPage(Language language, @PathVariable String slug, @PathVariable String number, Model model) {
		SharedPage.mark("news");
		if ("1".equals(number)) {
			Tag tag = this.tags.findByLanguageAndSlug(language, slug).orElseThrow(TaxonomyController::notFound);
			return redirect(ContentPaths.tag(language, tag.getSlug()));
		}
		return tag(language, slug, PageNumbers.parse(number), model);
	}

	private String category(Language language, String slug, int page, Model model) {
		Category category = this.categories.findByLanguageAndSlug(language, slug)
			.orElseThrow(TaxonomyController::notFound);
		Listing listing = this.newsroom.inCategories(language, CategoryTree.withDescendants(category, this.categories),
				page, (n) -> ContentPaths.categoryPage(language, slug, n));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		if (page == 1) {
			this.categories.findByTranslationKey(category.getTranslationKey())
				.forEach((other) -> translations.put(other.getLanguage(),
						ContentPaths.category(other.getLanguage(), other.getSlug())));
		}
		String description = (category.getDescription() != null) ? category.getDescription() : this.messages
			.getMessage("category.description", new Object[] { category.getName() }, language.locale());
		return render(language, category.getName(), description, page, listing, translations,
				(n) -> ContentPaths.categoryPage(language, slug, n), ContentPaths.categoryFeed(language, slug), model);
	}

	private String tag(Language language, String slug, int page, Model model) {
		Tag tag = this.tags.findByLanguageAndSlug(language, slug).orElseThrow(TaxonomyController::notFound);
		Listing listing = this.newsroom.withTag(language, tag.getId(), page,
				(n) -> ContentPaths.tagPage(language, slug, n));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		if (page == 1) {
			this.tags.findByTranslationKey(tag.getTranslationKey())
				.forEach((other) -> translations.put(other.getLanguage(),
						ContentPaths.tag(other.getLanguage(), other.getSlug())));
		}
		String description = this.messages.getMessage("tag.description", new Object[] { tag.getName() },
				language.locale());
		return render(language, tag.getName(), description, page, listing, translations,
				(n) -> ContentPaths.tagPage(language, slug, n), null, model);
	}

	private String render(Language language, String name, String description, int page, Listing listing,
			Map<Language, String> translations, IntFunction<String> path, String feed, Model model) {
		String newsTitle = this.messages.getMessage("news.title", null, language.locale());
		List<Crumb> crumbs = new ArrayList<>(
				List.of(new Crumb(newsTitle, ContentPaths.news(language)), new Crumb(name, path.apply(1))));
		String title = name;
		if (page > 1) {
			String pageLabel = this.messages.getMessage("listing.page", new Object[] { page }, language.locale());
			crumbs.add(new Crumb(pageLabel, path.apply(page)));
			title = name + " · " + pageLabel;
		}
		PageMeta meta = PageMeta.of(language, title, description, path.apply(page))
			.withTranslations(translations.isEmpty() ? Map.of(language, path.apply(page)) : translations)
			.withBreadcrumbs(crumbs)
			.withFeed(feed);
		model.addAttribute("meta", meta);
		model.addAttribute("listing", listing);
		model.addAttribute("heading", name);
		model.addAttribute("intro", description);
		return "content/listing";
	}

	private static ResponseEntity<Void> redirect(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(UriComponentsBuilder.fromPath(path).encode().build().toUri())
			.build();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
