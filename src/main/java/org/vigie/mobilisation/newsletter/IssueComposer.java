package org.vigie.mobilisation.newsletter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigie.content.PublishedPosts;
import org.vigie.content.PublishedPosts.PublishedPost;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Writes an issue's email from the editor's free text and the posts they chose: plain
 * text, each post with its title, summary and plain address on the site. Plain text keeps
 * what editors write from ever becoming markup in readers' mail programs, and leaves no
 * room for tracking: no image, and links are the posts' own addresses.
 */
@Component
public class IssueComposer {

	/** How many recent posts the editor chooses from. */
	public static final int CHOICES = 12;

	private final PublishedPosts posts;

	private final SiteProperties site;

	private final NewsletterText text;

	IssueComposer(PublishedPosts posts, SiteProperties site, NewsletterText text) {
		this.posts = posts;
		this.site = site;
		this.text = text;
	}

	/** The posts an editor can choose from in a language, newest first. */
	public List<PublishedPost> choices(Language language) {
		return this.posts.recent(language, CHOICES);
	}

	/**
	 * The email's body: the free text, then the chosen posts (those still among the
	 * choices) in the order of the choices.
	 */
	public String body(Language language, String intro, List<String> chosenPaths) {
		Map<String, PublishedPost> byPath = choices(language).stream()
			.collect(Collectors.toMap(PublishedPost::path, Function.identity(), (a, b) -> a));
		StringBuilder body = new StringBuilder();
		if (!intro.isBlank()) {
			body.append(intro.strip()).append("\n\n");
		}
		for (String path : chosenPaths) {
			PublishedPost post = byPath.get(path);
			if (post != null) {
				body.append("* ").append(post.title()).append('\n');
				if (!post.summary().isBlank()) {
					body.append(post.summary().strip()).append('\n');
				}
				body.append(this.text.text("mobilisation.newsletter.mail.readMore", language,
						this.site.absolute(post.path())))
					.append("\n\n");
			}
		}
		return body.toString().stripTrailing();
	}

}
