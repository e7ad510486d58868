package org.vigie.content.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.NewsRows.Taxon;
import org.vigie.content.store.PublicNews;
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
 * Listings of the posts in a category (sub-categories included) or with a tag, from the
 * read model: three queries for a category (it and its translations, the categories below
 * it, the page with its count), two for a tag.
 */
@Controller
class TaxonomyController {

	private final Newsroom newsroom;

	private final PublicNews news;

	private final MessageSource messages;

	TaxonomyController(Newsroom newsroom, PublicNews news, MessageSource messages) {
		this.newsroom = newsroom;
		this.news = news;
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
			Taxon category = this.news.category(language, slug).orElseThrow(TaxonomyController::notFound);
			return redirect(ContentPaths.category(language, category.slugs().get(language)));
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
			Taxon tag = this.news.tag(language, slug).orElseThrow(TaxonomyController::notFound);
			return redirect(ContentPaths.tag(language, tag.slugs().get(language)));
		}
		return tag(language, slug, PageNumbers.parse(number), model);
	}

	private String category(Language language, String slug, int page, Model model) {
		Taxon category = this.news.category(language, slug).orElseThrow(TaxonomyController::notFound);
		Listing listing = this.newsroom.inCategories(language, this.news.categoryWithDescendants(category.id()), page,
				(n) -> ContentPaths.categoryPage(language, slug, n));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		if (page == 1) {
			category.slugs()
				.forEach((other, otherSlug) -> translations.put(other, ContentPaths.category(other, otherSlug)));
		}
		String description = (category.description() != null) ? category.description()
				: this.messages.getMessage("category.description", new Object[] { category.name() }, language.locale());
		return render(language, category.name(), description, page, listing, translations,
				(n) -> ContentPaths.categoryPage(language, slug, n), ContentPaths.categoryFeed(language, slug), model);
	}

	private String tag(Language language, String slug, int page, Model model) {
		Taxon tag = this.news.tag(language, slug).orElseThrow(TaxonomyController::notFound);
		Listing listing = this.newsroom.withTag(language, tag.id(), page,
				(n) -> ContentPaths.tagPage(language, slug, n));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		if (page == 1) {
			tag.slugs().forEach((other, otherSlug) -> translations.put(other, ContentPaths.tag(other, otherSlug)));
		}
		String description = this.messages.getMessage("tag.description", new Object[] { tag.name() },
				language.locale());
		return render(language, tag.name(), description, page, listing, translations,
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
