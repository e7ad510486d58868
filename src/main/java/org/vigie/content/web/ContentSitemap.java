package org.vigie.content.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content's addresses in the sitemaps: the news listing, every public post, page and
 * category, each with its translations.
 */
@Component
class ContentSitemap implements SitemapContributor {

	private final PostRepository posts;

	private final CategoryRepository categories;

	private final PageTree tree;

	private final Clock clock;

	ContentSitemap(PostRepository posts, CategoryRepository categories, PageTree tree, Clock clock) {
		this.posts = posts;
		this.categories = categories;
		this.tree = tree;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<Entry> entries(Language language) {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(ContentPaths.news(language), null, everyLanguage(ContentPaths::news)));
		List<Post> all = this.posts.findAllPublic(this.clock.instant());
		Map<String, List<Post>> postGroups = all.stream().collect(Collectors.groupingBy(Post::getTranslationKey));
		all.stream()
			.filter((post) -> post.getLanguage() == language)
			.forEach((post) -> entries.add(new Entry(ContentPaths.post(language, post.getSlug()), post.getUpdatedAt(),
					translations(postGroups.get(post.getTranslationKey()), Post::getLanguage,
							(other) -> ContentPaths.post(other.getLanguage(), other.getSlug())))));
		this.tree.all()
			.stream()
			.filter((node) -> node.language() == language)
			.forEach((node) -> entries.add(new Entry(node.path(), null, this.tree.translations(node))));
		List<Category> allCategories = this.categories.findAll();
		Map<String, List<Category>> categoryGroups = allCategories.stream()
			.collect(Collectors.groupingBy(Category::getTranslationKey));
		allCategories.stream()
			.filter((category) -> category.getLanguage() == language)
			.forEach((category) -> entries.add(new Entry(ContentPaths.category(language, category.getSlug()), null,
					translations(categoryGroups.get(category.getTranslationKey()), Category::getLanguage,
							(other) -> ContentPaths.category(other.getLanguage(), other.getSlug())))));
		return entries.stream();
	}

	private static <T> Map<Language, String> translations(List<T> group, Function<T, Language> language,
			Function<T, String> path) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		group.forEach((item) -> translations.put(language.apply(item), path.apply(item)));
		return translations;
	}

	private static Map<Language, String> everyLanguage(Function<Language, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, path.apply(language)));
		return paths;
	}

}
