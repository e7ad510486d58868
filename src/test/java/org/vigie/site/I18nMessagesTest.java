package org.vigie.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface string exists in French, Dutch and English, and templates hold no text
 * of their own: a missing translation or a hard-coded sentence fails the build.
 */
class I18nMessagesTest {

	private static final List<String> LANGUAGES = List.of("fr", "nl", "en");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "value",
			"content", "label");

	/** Text a template may hold literally: punctuation and symbols, no words. */
	private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}·…›▶«»–—]*");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.]+)");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleHasTheSameKeysInEachLanguage() throws IOException {
		for (String bundle : bundles()) {
			Set<String> french = load(bundle, "fr").stringPropertyNames();
			assertThat(french).as(bundle).isNotEmpty();
			for (String language : LANGUAGES) {
				Properties messages = load(bundle, language);
				assertThat(messages.stringPropertyNames()).as(bundle + "_" + language).isEqualTo(french);
				messages.forEach((key, value) -> assertThat(value.toString()).as(bundle + "_" + language + ": " + key)
					.isNotBlank());
			}
		}
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle, "fr").stringPropertyNames());
		}
		for (Resource template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!key.endsWith(".")) {
					assertThat(keys).as(template.getFilename() + " uses " + key).contains(key);
				}
			}
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				if (replacedByThymeleaf(element) || Set.of("viewport", "robots").contains(element.attr("name"))) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!NO_WORDS.matcher(text.text()).matches()) {
						problems.add(template.getFilename() + ": text \"" + text.text().strip() + "\" in <"
								+ element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey())
							&& !NO_WORDS.matcher(attribute.getValue()).matches()
							&& !element.hasAttr("th:" + attribute.getKey())) {
						problems.add(template.getFilename() + ": attribute " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Whether the element's content is replaced at rendering, so its sample text never
	 * shows.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element step = element; step != null; step = step.parent()) {
			if (step.hasAttr("th:text") || step.hasAttr("th:utext") || step.hasAttr("th:replace")
					|| step.hasAttr("th:insert")) {
				return true;
			}
		}
		return false;
	}

	private List<String> bundles() throws IOException {
		List<String> bundles = new ArrayList<>();
		for (Resource resource : this.resources.getResources("classpath*:messages/*_fr.properties")) {
			bundles.add(resource.getFilename().replace("_fr.properties", ""));
		}
		assertThat(bundles).contains("site", "content");
		return bundles;
	}

	private List<Resource> templates() throws IOException {
		List<Resource> templates = List.of(this.resources.getResources("classpath*:templates/**/*.html"));
		assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
		return templates;
	}

	private Properties load(String bundle, String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + "_" + language + ".properties")) {
			assertThat(in).as(bundle + "_" + language + ".properties exists").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
