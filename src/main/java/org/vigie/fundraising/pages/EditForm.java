package org.vigie.fundraising.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form that edits a page: its story, its goal, whether the public sees it. Bounded
 * and checked like {@link PageForm}; nothing is stored while a problem remains.
 *
 * @param values what was typed, to show the form again
 * @param errors the problems, by field
 * @param goalCents the goal, when there is no problem
 * @param hidden whether the owner hides the page
 */
record EditForm(Map<String, String> values, Map<String, String> errors, long goalCents, boolean hidden) {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	/** The form filled with a page's present values. */
	static EditForm of(RunnerPage page) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("story", page.story());
		values.put("goal", Long.toString(page.goalCents() / 100));
		values.put("hidden", page.hidden() ? "yes" : "");
		return new EditForm(values, Map.of(), page.goalCents(), page.hidden());
	}

	/** Reads the form. */
	static EditForm read(Map<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		String story = sent.getOrDefault("story", "");
		if (story.length() > PageForm.STORY_MAX) {
			errors.put("story", "tooLong");
			story = story.substring(0, PageForm.STORY_MAX);
		}
		story = story.replace("\r\n", "\n").strip();
		if (CONTROL.matcher(story).find()) {
			errors.putIfAbsent("story", "control");
		}
		values.put("story", story);
		String goal = sent.getOrDefault("goal", "");
		if (goal.length() > 200) {
			errors.put("goal", "tooLong");
			goal = goal.substring(0, 200);
		}
		values.put("goal", goal.strip());
		long euros = PageForm.goal(goal.strip(), errors);
		boolean hidden = "yes".equals(sent.get("hidden"));
		values.put("hidden", hidden ? "yes" : "");
		return new EditForm(values, errors, euros * 100, hidden);
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public String story() {
		return value("story");
	}

}
