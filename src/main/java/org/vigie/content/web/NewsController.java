package org.vigie.content.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.content.ContentPaths;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.PageMeta.Crumb;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The news: the paginated listing and each post's page.
 */
@Controller
class NewsController {

	private final Newsroom newsroom;

	private final MessageSource messages;

	private final SiteProperties site;

	NewsController(Newsroom newsroom, MessageSource messages, SiteProperties site) {
		this.newsroom = newsroom;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping({ ContentPaths.NEWS_FR, ContentPaths.NEWS_NL, ContentPaths.NEWS_EN })
	String firstPage(Language language, Model model) {
		SharedPage.mark("news");
		return listing(language, 1, model);
	}

	@GetMapping({ ContentPaths.NEWS_FR + "/page/{number}", ContentPaths.NEWS_NL + "/page/{number}",
			ContentPaths.NEWS_EN + "/page/{number}" })
	Object page(Language language, @PathVariable String number, Model model) {
		SharedPage.mark("news");
		if ("1".equals(number)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(ContentPaths.news(language)))
				.build();
		}
		return listing(language, PageNumbers.parse(number), model);
	}

	@GetMapping({ ContentPaths.NEWS_FR + "/{slug}", ContentPaths.NEWS_NL + "/{slug}",
			ContentPaths.NEWS_EN + "/{slug}" })
	String post(Language language, @PathVariable String slug, Model model) {
		SharedPage.mark("news");
		PostView view = this.newsroom.post(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String newsTitle = message("news.title", language);
		PageMeta meta = PageMeta.of(language, view.card().title(), view.card().excerpt(), view.card().path())
			.withTranslations(view.translations())
			.withBreadcrumbs(List.of(new Crumb(newsTitle, ContentPaths.news(language)),
					new Crumb(view.card().title(), view.card().path())))
			.withFeed(ContentPaths.newsFeed(language))
			.asArticle(view.card().coverPath(), article(view, language));
		model.addAttribute("meta", meta);
		model.addAttribute("post", view);
		model.addAttribute("share", ShareLinks.of(this.site.absolute(view.card().path()), view.card().title()));
		return "content/post";
	}

	private String listing(Language language, int page, Model model) {
		Listing listing = this.newsroom.latest(language, page);
		String title = message("news.title", language);
		String path = ContentPaths.newsPage(language, page);
		List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb(title, ContentPaths.news(language))));
		if (page > 1) {
			crumbs.add(new Crumb(this.messages.getMessage("listing.page", new Object[] { page }, language.locale()),
					path));
		}
		PageMeta meta = PageMeta
			.of(language, (page > 1) ? title + " · " + crumbs.get(1).label() : title,
					message("news.description", language), path)
			.withTranslations((page == 1) ? allNews() : Map.of(language, path))
			.withBreadcrumbs(crumbs)
			.withFeed(ContentPaths.newsFeed(language));
		model.addAttribute("meta", meta);
		model.addAttribute("listing", listing);
		model.addAttribute("heading", title);
		return "content/listing";
	}

	private Map<String, Object> article(PostView view, Language language) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@type", "NewsArticle");
		article.put("headline", view.card().title());
		article.put("description", view.card().excerpt());
		article.put("inLanguage", language.code());
		article.put("datePublished", view.publishedAt().toString());
		article.put("dateModified", view.updatedAt().toString());
		article.put("mainEntityOfPage", this.site.absolute(view.card().path()));
		article.put("url", this.site.absolute(view.card().path()));
		if (view.card().coverPath() != null) {
			article.put("image", this.site.absolute(view.card().coverPath()));
		}
		if (view.card().author() != null) {
			article.put("author", Map.of("@type", "Person", "name", view.card().author()));
		}
		article.put("publisher",
				Map.of("@type", "Organization", "@id", this.site.absolute("/#organization"), "name", this.site.name()));
		return article;
	}

	private static Map<Language, String> allNews() {
		Map<Language, String> all = new LinkedHashMap<>();
		Language.all().forEach((language) -> all.put(language, ContentPaths.news(language)));
		return all;
	}

	private String message(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
