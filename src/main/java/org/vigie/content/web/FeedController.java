package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.vigie.content.ContentPaths;
import org.vigie.content.store.NewsRows.Taxon;
import org.vigie.content.store.Post;
import org.vigie.content.store.PublicNews;
import org.vigie.content.store.PostRepository;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Atom feeds of the latest posts, per language and per category.
 */
@Controller
class FeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private static final int ENTRIES = 20;

	private final PostRepository posts;

	private final PublicNews news;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	FeedController(PostRepository posts, PublicNews news, MessageSource messages, SiteProperties site, Clock clock) {
		this.posts = posts;
		this.news = news;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ ContentPaths.NEWS_FR + "/" + ContentPaths.FEED, ContentPaths.NEWS_NL + "/" + ContentPaths.FEED,
			ContentPaths.NEWS_EN + "/" + ContentPaths.FEED })
	@Transactional(readOnly = true)
	ResponseEntity<String> news(Language language) {
		SharedPage.mark("news");
		List<Post> latest = this.posts.findPublic(language, this.clock.instant(), PageRequest.of(0, ENTRIES))
			.getContent();
		String title = this.site.name() + " · " + this.messages.getMessage("news.title", null, language.locale());
		return atom(language, title, ContentPaths.news(language), ContentPaths.newsFeed(language), latest);
	}

	@GetMapping({ ContentPaths.CATEGORY_FR + "/{slug}/" + ContentPaths.FEED,
			ContentPaths.CATEGORY_NL + "/{slug}/" + ContentPaths.FEED,
			ContentPaths.CATEGORY_EN + "/{slug}/" + ContentPaths.FEED })
	@Transactional(readOnly = true)
	ResponseEntity<String> category(Language language, @PathVariable String slug) {
		SharedPage.mark("news");
		Taxon category = this.news.category(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Post> latest = this.posts
			.findPublicInCategories(language, this.clock.instant(), this.news.categoryWithDescendants(category.id()),
					PageRequest.of(0, ENTRIES))
			.getContent();
		return atom(language, this.site.name() + " · " + category.name(), ContentPaths.category(language, slug),
				ContentPaths.categoryFeed(language, slug), latest);
	}

	private ResponseEntity<String> atom(Language language, String title, String htmlPath, String selfPath,
			List<Post> entries) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(this.site.absolute(selfPath));
		feed.setTitle(title);
		feed.setLanguage(language.code());
		feed.setAlternateLinks(List.of(link("alternate", "text/html", htmlPath)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", selfPath)));
		Person organisation = new Person();
		organisation.setName(this.site.name());
		organisation.setUri(this.site.absolute("/"));
		feed.setAuthors(List.<SyndPerson>of(organisation));
		Instant updated = entries.stream().map(Post::getUpdatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		feed.setUpdated(Date.from(updated));
		List<Entry> items = new ArrayList<>();
		entries.forEach((post) -> items.add(entry(post)));
		feed.setEntries(items);
		try {
			return ResponseEntity.ok().header("Content-Type", ATOM).body(new WireFeedOutput().outputString(feed));
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
	}

	private Entry entry(Post post) {
		String path = ContentPaths.post(post.getLanguage(), post.getSlug());
		Entry entry = new Entry();
		entry.setId(this.site.absolute(path));
		entry.setTitle(post.getTitle());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", path)));
		entry.setPublished(Date.from(post.getPublication().getPublishedAt()));
		entry.setUpdated(Date.from(post.getUpdatedAt()));
		if (post.getAuthor() != null) {
			Person author = new Person();
			author.setName(post.getAuthor().getDisplayName());
			entry.setAuthors(List.<SyndPerson>of(author));
		}
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(post.getTeaser());
		entry.setSummary(summary);
		Content body = new Content();
		body.setType("html");
		body.setValue(post.getBodyHtml());
		entry.setContents(List.of(body));
		return entry;
	}

	private Link link(String rel, String type, String path) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(this.site.absolute(path));
		return link;
	}

}
