package org.vigie.fundraising.pages;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * The form that creates a page, as sent, and what is wrong with it. Every field is
 * bounded before it is looked at; an error names the field and a message key
 * ({@code fundraising.pages.problem.*}). Text is kept as typed (markup included) and
 * always shown escaped.
 *
 * @param values what was typed, to show the form again
 * @param errors the problems, by field
 * @param valid the page to create, when there is no problem
 */
record PageForm(Map<String, String> values, Map<String, String> errors, Valid valid) {

	static final int NAME_MAX = 80;

	static final int STORY_MAX = 2000;

	static final long GOAL_MIN_EUROS = 10;

	static final long GOAL_MAX_EUROS = 100_000;

	/** The team choice that creates a team. */
	static final String NEW_TEAM = "new";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern GOAL = Pattern.compile("[0-9]{1,9}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private static final String[] FIELDS = { "name", "slug", "goal", "story", "language", "team", "email" };

	/** An empty form, in the page's language. */
	static PageForm empty(Language language) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			values.put(field, "");
		}
		values.put("language", language.code());
		return new PageForm(values, Map.of(), null);
	}

	/**
	 * Reads the form.
	 * @param teams the teams a runner may join (their page ids)
	 */
	static PageForm read(Map<String, String> sent, Set<UUID> teams) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = sent.getOrDefault(field, "");
			int max = "story".equals(field) ? STORY_MAX : 200;
			if (value.length() > max) {
				errors.put(field, "tooLong");
				value = value.substring(0, max);
			}
			values.put(field, "story".equals(field) ? value.replace("\r\n", "\n").strip() : value.strip());
		}
		String name = values.get("name");
		if (name.length() < 2 || name.length() > NAME_MAX || CONTROL.matcher(name).find() || name.contains("\n")) {
			errors.putIfAbsent("name", "name");
		}
		String slug = values.get("slug").isEmpty() ? proposeSlug(name) : values.get("slug");
		values.put("slug", slug);
		if (slug.length() < 2 || slug.length() > 60 || !SLUG.matcher(slug).matches()) {
			errors.putIfAbsent("slug", "slug");
		}
		else if (PagePaths.RESERVED.contains(slug)) {
			errors.putIfAbsent("slug", "reserved");
		}
		long goal = goal(values.get("goal"), errors);
		String story = values.get("story");
		if (CONTROL.matcher(story).find()) {
			errors.putIfAbsent("story", "control");
		}
		Language language = Language.fromCode(values.get("language")).orElse(null);
		if (language == null) {
			errors.put("language", "choice");
		}
		UUID team = null;
		PageKind kind = PageKind.RUNNER;
		String teamChoice = values.get("team");
		if (NEW_TEAM.equals(teamChoice)) {
			kind = PageKind.TEAM;
		}
		else if (!teamChoice.isEmpty()) {
			team = teams.stream().filter((id) -> id.toString().equals(teamChoice)).findFirst().orElse(null);
			if (team == null) {
				errors.put("team", "choice");
			}
		}
		String email = RunnerPages.normalise(values.get("email"));
		if (!EMAIL.matcher(email).matches()) {
			errors.putIfAbsent("email", "email");
		}
		Valid valid = errors.isEmpty() ? new Valid(kind, team, slug, name, goal * 100, story, language, email) : null;
		return new PageForm(values, errors, valid);
	}

	/** A goal in whole euros, within bounds. */
	static long goal(String typed, Map<String, String> errors) {
		String digits = typed.replace(" ", "").replace("\u00a0", "").replace("€", "");
		if (!GOAL.matcher(digits).matches()) {
			errors.putIfAbsent("goal", "goal");
			return 0;
		}
		long euros = Long.parseLong(digits);
		if (euros < GOAL_MIN_EUROS || euros > GOAL_MAX_EUROS) {
			errors.putIfAbsent("goal", "goal");
		}
		return euros;
	}

	/** A slug made from a name: no accents, lower case, hyphens between words. */
	static String proposeSlug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > 60) {
			plain = plain.substring(0, 60).replaceAll("-+$", "");
		}
		return plain;
	}

	/** The value typed in a field, for the form shown again. */
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	/** The same form with one more problem, found once the fields were checked. */
	PageForm withError(String field, String problem) {
		Map<String, String> more = new LinkedHashMap<>(this.errors);
		more.put(field, problem);
		return new PageForm(this.values, more, null);
	}

	/**
	 * A page ready to be created.
	 *
	 * @param kind a runner or a new team
	 * @param teamId the team joined, or {@code null}
	 * @param slug its address
	 * @param name its name
	 * @param goalCents its goal
	 * @param story its story
	 * @param language its owner's language
	 * @param email its owner's address, normalised
	 */
	record Valid(PageKind kind, UUID teamId, String slug, String name, long goalCents, String story, Language language,
			String email) {

	}

}
