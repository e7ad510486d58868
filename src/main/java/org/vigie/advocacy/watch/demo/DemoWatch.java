package org.vigie.advocacy.watch.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.watch.Kind;
import org.vigie.advocacy.watch.Stage;
import org.vigie.advocacy.watch.WatchDraft;
import org.vigie.advocacy.watch.WatchStore;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Loads the demo policy watch ({@code advocacy/demo/watch.yaml}) once the application is
 * ready, unless {@code vigie.demo.enabled=false}: four invented files (the recast of the
 * child sexual abuse directive, children in migration, a Belgian bill kept private with a
 * private note, a consultation), flagged as demo, their deadlines counted from the day
 * they load, linked to the demo news posts. Their watched addresses are disabled: the
 * demo never fetches anything. Nothing is loaded when the first file is already there.
 */
@Component
@Order(45)
class DemoWatch {

	static final String LOCATION = "advocacy/demo/watch.yaml";

	static final String ACTOR = "demo";

	private final WatchStore store;

	private final NewsLinks news;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SiteProperties site;

	private final boolean enabled;

	DemoWatch(WatchStore store, NewsLinks news, TransactionTemplate transactions, Clock clock, SiteProperties site,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.store = store;
		this.news = news;
		this.transactions = transactions;
		this.clock = clock;
		this.site = site;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads the demo files unless they are there; whether it loaded them. */
	@SuppressWarnings("unchecked")
	boolean load() {
		List<Map<String, Object>> files;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			files = (List<Map<String, Object>>) yaml.get("files");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.store.bySlug((String) files.get(0).get("slug")).isPresent()) {
			return false;
		}
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(this.site.timeZone()).toLocalDate();
		this.transactions.executeWithoutResult((status) -> files.forEach((file) -> create(file, today, now)));
		return true;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> file, LocalDate today, Instant now) {
		WatchDraft draft = new WatchDraft((String) file.get("slug"), Kind.valueOf((String) file.get("kind")),
				Stage.valueOf((String) file.get("stage")), String.valueOf(file.get("reference")),
				(String) file.get("institution"), texts(file.get("title")), texts(file.get("summary")),
				today.plusDays(((Number) file.get("deadlineInDays")).longValue()), texts(file.get("deadline")),
				(String) file.get("notes"), Boolean.TRUE.equals(file.get("public")), Map.of());
		UUID id = this.store.create(draft, true, ACTOR, now);
		for (Map<String, Object> source : (List<Map<String, Object>>) file.get("sources")) {
			this.store.addSource(id, (String) source.get("address"), (String) source.get("selector"), false, now);
		}
		Map<Language, String> posts = texts(file.get("posts"));
		posts.values().removeIf(String::isEmpty);
		if (!posts.isEmpty()) {
			this.news.linkBySlug(WatchStore.KIND, id, posts);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<Language, String> texts(Object yaml) {
		Map<String, String> values = (yaml instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, values.getOrDefault(language.code(), "")));
		return texts;
	}

}
