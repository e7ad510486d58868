package org.vigie.site.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vigie.site.FooterContributor;
import org.vigie.site.Language;
import org.vigie.site.MenuItem;
import org.vigie.site.PageMeta;

import org.springframework.stereotype.Component;

/**
 * The menu (with the search form) and the footer of the shared layout, rendered once per
 * language and state and then reused as ready HTML, so a page render only pays for what
 * is its own. The key holds everything the HTML depends on: the menu entries as the
 * contributors give them now (a page added to the menu is a new key, never a stale menu),
 * and which entry the page is or lies under, not its address (the thousands of pages
 * outside the menu share one rendering). The footer holds the parts other modules
 * contribute ({@link FooterContributor}), rendered with it once per language.
 */
@Component
class LayoutFragments {

	private static final String TEMPLATE = "site/chrome";

	private final SiteLayout layout;

	private final ITemplateEngine templates;

	private final Cache<Object, String> rendered = Caffeine.newBuilder().maximumSize(512).build();

	private final List<FooterContributor> footers;

	LayoutFragments(SiteLayout layout, ITemplateEngine templates, List<FooterContributor> footers) {
		this.layout = layout;
		this.templates = templates;
		this.footers = footers.stream().sorted(Comparator.comparingInt(FooterContributor::footerOrder)).toList();
	}

	/** The menu button and what it opens: the search form and, unless bare, the menu. */
	public String menu(PageMeta meta, boolean bare) {
		Language language = meta.language();
		List<MenuItem> items = bare ? List.of() : this.layout.menu(language);
		String current = meta.canonicalPath();
		MenuKey key = new MenuKey(language, bare, items, marks(items, current));
		return this.rendered.get(key, (k) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("items", items);
			variables.put("current", current);
			variables.put("bare", bare);
			variables.put("searchPath", this.layout.search(language));
			return render("menu", language, variables);
		});
	}

	/**
	 * The footer, with the feed link of the page's kind and the parts of other modules.
	 */
	public String footer(PageMeta meta) {
		Language language = meta.language();
		FooterKey key = new FooterKey(language, meta.feedPath());
		return this.rendered.get(key, (k) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("feedPath", meta.feedPath());
			variables.put("siteName", this.layout.siteName());
			variables.put("parts", this.footers.stream().map((contributor) -> part(contributor, language)).toList());
			return render("footer", language, variables);
		});
	}

	/**
	 * Which entries the page is ({@code c}) or lies under ({@code a}), in menu order: all
	 * the rendering depends on besides the entries themselves.
	 */
	private static String marks(List<MenuItem> items, String current) {
		StringBuilder marks = new StringBuilder();
		for (MenuItem item : items) {
			marks.append(item.path().equals(current) ? 'c' : '-').append(item.leadsTo(current) ? 'a' : '-');
			for (MenuItem child : item.children()) {
				marks.append(child.path().equals(current) ? 'c' : '-');
			}
		}
		return marks.toString();
	}

	private String part(FooterContributor contributor, Language language) {
		FooterContributor.Part part = contributor.footer(language);
		return this.templates.process(part.template(), Set.of(part.fragment()),
				new Context(language.locale(), new HashMap<>(part.model())));
	}

	private String render(String fragment, Language language, Map<String, Object> variables) {
		return this.templates.process(TEMPLATE, Set.of(fragment), new Context(language.locale(), variables));
	}

	private record MenuKey(Language language, boolean bare, List<MenuItem> items, String marks) {
	}

	private record FooterKey(Language language, String feedPath) {
	}

}
