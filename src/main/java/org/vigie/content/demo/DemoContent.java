package org.vigie.content.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.content.store.Author;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.site.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demonstration site from {@code classpath:demo/} (taxonomy, posts, pages; YAML
 * with one block per language) into an empty database. It never touches a database that
 * already holds content.
 */
@Component
public class DemoContent {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final AuthorRepository authors;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final PostRepository posts;

	private final PageRepository pages;

	private final Clock clock;

	DemoContent(AuthorRepository authors, CategoryRepository categories, TagRepository tags, PostRepository posts,
			PageRepository pages, Clock clock) {
		this.authors = authors;
		this.categories = categories;
		this.tags = tags;
		this.posts = posts;
		this.pages = pages;
		this.clock = clock;
	}

	/** Loads the demo content if there is no content yet; says whether it did. */
	@Transactional
	public boolean loadIfEmpty() {
		if (this.posts.count() > 0 || this.pages.count() > 0) {
			return false;
		}
		Instant now = this.clock.instant();
		DemoTaxonomy taxonomy = loadTaxonomy(read(resource("demo/taxonomy.yml")));
		List<Resource> postFiles = resources("demo/posts/*.yml");
		postFiles.forEach((file) -> loadPost(read(file), taxonomy, now));
		Map<String, Map<Language, Page>> pagesByKey = new HashMap<>();
		List<Resource> pageFiles = resources("demo/pages/*.yml");
		pageFiles.forEach((file) -> loadPage(read(file), pagesByKey, now));
		log.info("Loaded demo content: {} post files, {} page files, three languages", postFiles.size(),
				pageFiles.size());
		return true;
	}

	private DemoTaxonomy loadTaxonomy(Map<String, Object> yaml) {
		DemoTaxonomy taxonomy = new DemoTaxonomy();
		for (Map<String, Object> entry : Yamls.list(yaml, "authors")) {
			Author author = this.authors.save(new Author(Yamls.text(entry, "key"), Yamls.text(entry, "name")));
			taxonomy.authors().put(author.getSlug(), author);
		}
		for (Map<String, Object> entry : Yamls.list(yaml, "categories")) {
			String key = Yamls.text(entry, "key");
			String parent = Yamls.optionalText(entry, "parent");
			int position = taxonomy.categories().size();
			for (Language language : Language.all()) {
				Map<String, Object> local = Yamls.optionalMap(entry, language.code());
				if (local != null) {
					Category category = new Category(key, language, Yamls.text(local, "slug"),
							Yamls.text(local, "name"));
					category.setDescription(Yamls.optionalText(local, "description"));
					category.setPosition(position);
					if (parent != null) {
						category.setParent(taxonomy.category(parent, language));
					}
					taxonomy.categories()
						.computeIfAbsent(key, (k) -> new HashMap<>())
						.put(language, this.categories.save(category));
				}
			}
		}
		for (Map<String, Object> entry : Yamls.list(yaml, "tags")) {
			String key = Yamls.text(entry, "key");
			for (Language language : Language.all()) {
				Map<String, Object> local = Yamls.optionalMap(entry, language.code());
				if (local != null) {
					Tag tag = new Tag(key, language, Yamls.text(local, "slug"), Yamls.text(local, "name"));
					taxonomy.tags().computeIfAbsent(key, (k) -> new HashMap<>()).put(language, this.tags.save(tag));
				}
			}
		}
		return taxonomy;
	}

	private void loadPost(Map<String, Object> yaml, DemoTaxonomy taxonomy, Instant now) {
		String key = Yamls.text(yaml, "key");
		Instant published = Yamls.instant(yaml, "published");
		for (Language language : Language.all()) {
			Map<String, Object> local = Yamls.optionalMap(yaml, language.code());
			if (local == null) {
				continue;
			}
			Post post = new Post(key, language, Yamls.text(local, "slug"), Yamls.text(local, "title"),
					Yamls.text(local, "body"), now);
			post.setExcerpt(Yamls.optionalText(local, "excerpt"));
			post.setPublication(Publication.publishedAt(published, now));
			post.setFeatured(Boolean.TRUE.equals(yaml.get("featured")));
			post.setAuthor(taxonomy.authors().get(Yamls.optionalText(yaml, "author")));
			String cover = Yamls.optionalText(yaml, "cover");
			if (cover != null) {
				post.setCover(cover, Yamls.text(Yamls.optionalMap(yaml, "cover_alt"), language.code()));
			}
			Yamls.texts(yaml, "categories")
				.forEach((category) -> post.getCategories().add(taxonomy.category(category, language)));
			Yamls.texts(yaml, "tags").forEach((tag) -> post.getTags().add(taxonomy.tag(tag, language)));
			this.posts.save(post);
		}
	}

	private void loadPage(Map<String, Object> yaml, Map<String, Map<Language, Page>> pagesByKey, Instant now) {
		String key = Yamls.text(yaml, "key");
		String parentKey = Yamls.optionalText(yaml, "parent");
		int position = ((Number) yaml.getOrDefault("position", 0)).intValue();
		for (Language language : Language.all()) {
			Map<String, Object> local = Yamls.optionalMap(yaml, language.code());
			if (local == null) {
				continue;
			}
			Page page = new Page(key, language, Yamls.text(local, "slug"), Yamls.text(local, "title"),
					Yamls.optionalText(local, "body") != null ? Yamls.text(local, "body") : "", now);
			page.setSummary(Yamls.optionalText(local, "summary"));
			page.setPublication(Publication.publishedAt(now, now));
			Page parent = (parentKey != null) ? pagesByKey.getOrDefault(parentKey, Map.of()).get(language) : null;
			if (parentKey != null && parent == null) {
				throw new IllegalStateException(
						"Demo page " + key + " names a parent not loaded before it: " + parentKey);
			}
			page.placeUnder(parent, position);
			for (Map<String, Object> section : Yamls.list(local, "sections")) {
				page.addSection(Yamls.text(section, "anchor"), Yamls.text(section, "heading"),
						Yamls.text(section, "body"));
			}
			pagesByKey.computeIfAbsent(key, (k) -> new HashMap<>()).put(language, this.pages.save(page));
		}
	}

	private static Resource resource(String path) {
		return new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
	}

	private static List<Resource> resources(String pattern) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return (yaml != null) ? yaml : Map.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo file " + resource, ex);
		}
	}

}
