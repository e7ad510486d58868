package org.vigie.mobilisation.campaigns.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a supporter shares: the ready text in their language, their personal link, and
 * buttons that are plain links to each network's own sharing address (nothing is loaded
 * from any network until the person follows one).
 *
 * @param text the ready text, the link included
 * @param link the personal link
 * @param buttons the share buttons
 */
record ShareKit(String text, String link, List<Button> buttons) {

	static ShareKit of(String shareText, String link, String subject) {
		String text = shareText + " " + link;
		return new ShareKit(text, link,
				List.of(new Button("email", "mailto:?subject=" + encode(subject) + "&body=" + encode(text)),
						new Button("whatsapp", "https://wa.me/?text=" + encode(text)),
						new Button("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + encode(link)),
						new Button("bluesky", "https://bsky.app/intent/compose?text=" + encode(text)),
						new Button("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(link))));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * One share button.
	 *
	 * @param network its name, also the message key's last word
	 * @param href the plain link it follows
	 */
	record Button(String network, String href) {
	}

}
