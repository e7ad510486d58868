package org.vigie.mobilisation.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a subscriber wants to hear about, or what an issue is about: news, campaigns,
 * events. Forms send them as check boxes named {@code topic_news},
 * {@code topic_campaigns} and {@code topic_events}.
 *
 * @param news the NGO's news
 * @param campaigns campaigns and statements
 * @param events events and workshops
 */
public record Topics(boolean news, boolean campaigns, boolean events) {

	/** The names of the topics, in the order forms show them. */
	public static final List<String> NAMES = List.of("news", "campaigns", "events");

	/** The topics ticked in a form. */
	public static Topics from(Map<String, String> form) {
		return new Topics(ticked(form, "topic_news"), ticked(form, "topic_campaigns"), ticked(form, "topic_events"));
	}

	/** Topics as {@link #code()} wrote them; none when unreadable. */
	public static Topics fromCode(String code) {
		List<String> names = (code != null) ? List.of(code.split(",")) : List.of();
		return new Topics(names.contains("news"), names.contains("campaigns"), names.contains("events"));
	}

	/** Whether at least one topic is chosen. */
	public boolean any() {
		return this.news || this.campaigns || this.events;
	}

	/** The chosen topics' names, such as {@code news,events}. */
	public String code() {
		return String.join(",", names());
	}

	/** The chosen topics' names. */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		if (this.news) {
			names.add("news");
		}
		if (this.campaigns) {
			names.add("campaigns");
		}
		if (this.events) {
			names.add("events");
		}
		return names;
	}

	private static boolean ticked(Map<String, String> form, String name) {
		String value = form.get(name);
		return value != null && !value.isEmpty() && !"false".equals(value);
	}

}
