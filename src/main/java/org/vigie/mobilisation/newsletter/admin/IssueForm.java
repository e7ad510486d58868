package org.vigie.mobilisation.newsletter.admin;

import java.util.List;

import org.springframework.util.MultiValueMap;
import org.vigie.mobilisation.newsletter.Topics;
import org.vigie.site.FormValues;

/**
 * An issue as the compose form sends it, cleaned: line ends made plain, control
 * characters other than line ends and tabs removed.
 *
 * @param subject the subject line
 * @param intro the free text
 * @param posts the addresses of the chosen posts
 * @param topics the topics whose subscribers receive it
 */
record IssueForm(String subject, String intro, List<String> posts, Topics topics) {

	static final int SUBJECT_MAX = 200;

	static final int INTRO_MAX = 8000;

	/** The form as sent. */
	static IssueForm from(MultiValueMap<String, String> sent) {
		FormValues values = new FormValues(sent.toSingleValueMap(), INTRO_MAX + 1000);
		String intro = clean(values.text("intro").replace("\r\n", "\n").replace('\r', '\n'));
		List<String> posts = sent.getOrDefault("post", List.of())
			.stream()
			.filter((path) -> path.length() < 300)
			.distinct()
			.limit(20)
			.toList();
		return new IssueForm(clean(values.text("subject")).replace('\n', ' ').strip(), intro, posts,
				Topics.from(sent.toSingleValueMap()));
	}

	/** An empty form: every topic ticked. */
	static IssueForm blank() {
		return new IssueForm("", "", List.of(), new Topics(true, true, true));
	}

	/** The message key of what is wrong, or {@code null}. */
	String problem() {
		if (this.subject.isBlank() || this.subject.length() > SUBJECT_MAX) {
			return "mobilisation.newsletter.admin.problem.subject";
		}
		if (this.intro.length() > INTRO_MAX || (this.intro.isBlank() && this.posts.isEmpty())) {
			return "mobilisation.newsletter.admin.problem.content";
		}
		if (!this.topics.any()) {
			return "mobilisation.newsletter.admin.problem.topics";
		}
		return null;
	}

	private static String clean(String text) {
		return text.codePoints()
			.filter((c) -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
