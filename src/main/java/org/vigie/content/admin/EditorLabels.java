package org.vigie.content.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The labels of the rich-text editor's buttons in the staff member's language, as the
 * JSON the editor script reads from its textarea.
 */
@Component
class EditorLabels {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("toolbar", "editor.toolbar"),
			Map.entry("body", "edit.body"), Map.entry("header-2", "editor.heading2"),
			Map.entry("header-3", "editor.heading3"), Map.entry("bold", "editor.bold"),
			Map.entry("italic", "editor.italic"), Map.entry("link", "editor.link"),
			Map.entry("list-ordered", "editor.ordered"), Map.entry("list-bullet", "editor.bullet"),
			Map.entry("blockquote", "editor.quote"), Map.entry("video", "editor.video"),
			Map.entry("clean", "editor.clean"), Map.entry("address", "editor.address"),
			Map.entry("source", "editor.source"), Map.entry("visual", "editor.visual"));

	private final MessageSource messages;

	EditorLabels(MessageSource messages) {
		this.messages = messages;
	}

	String json() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> labels = new LinkedHashMap<>();
		KEYS.forEach((name, key) -> labels.put(name, this.messages.getMessage(key, null, locale)));
		return JSON.writeValueAsString(labels);
	}

}
