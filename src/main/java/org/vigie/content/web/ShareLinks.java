package org.vigie.content.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain links to share a page. They load nothing from the networks until the reader
 * follows one.
 */
final class ShareLinks {

	private ShareLinks() {
	}

	static List<Link> of(String url, String title) {
		String u = encode(url);
		String t = encode(title);
		return List.of(new Link("email", "mailto:?subject=" + t + "&body=" + u),
				new Link("bluesky", "https://bsky.app/intent/compose?text=" + t + "%20" + u),
				new Link("mastodon", "https://mastodonshare.com/?text=" + t + "&url=" + u),
				new Link("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
				new Link("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
				new Link("whatsapp", "https://wa.me/?text=" + t + "%20" + u));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * @param network the message key suffix naming the network
	 * @param href where the link goes
	 */
	public record Link(String network, String href) {
	}

}
