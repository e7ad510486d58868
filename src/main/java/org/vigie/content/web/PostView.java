package org.vigie.content.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vigie.site.Language;

/**
 * A post's page: the post, its translations and its neighbours, ready for the template.
 *
 * @param card its summary (title, address, date, author, cover)
 * @param bodyHtml the body, sanitised and with embeds turned into click-to-load players
 * @param publishedAt when it was published
 * @param updatedAt when it was last changed
 * @param categories its categories
 * @param tags its tags
 * @param translations the addresses of its public translations, itself included
 * @param older the next older post, or {@code null}
 * @param newer the next newer post, or {@code null}
 * @param related posts on the same subjects
 */
public record PostView(PostCard card, String bodyHtml, Instant publishedAt, Instant updatedAt, List<Term> categories,
		List<Term> tags, Map<Language, String> translations, PostCard older, PostCard newer, List<PostCard> related) {
}
