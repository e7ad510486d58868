package org.vigie.advocacy.watch.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.watch.Paper;
import org.vigie.advocacy.watch.WatchStore;
import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;

/**
 * The public part of the policy watch: the files marked public with their stage, next
 * deadline, public summary and public position papers, a page per file with its news
 * posts, and the same list as JSON. It reads only {@link WatchStore#publicFiles()} and
 * {@link WatchStore#publicFile(String)}, so a file not marked public, and every file's
 * private notes, never reach these pages.
 */
@Controller
class WatchController {

	private final WatchStore store;

	private final NewsLinks news;

	private final MessageSource messages;

	WatchController(WatchStore store, NewsLinks news, MessageSource messages) {
		this.store = store;
		this.news = news;
		this.messages = messages;
	}

	@GetMapping({ "/fr/plaidoyer/veille", "/nl/beleidswerk/beleidsopvolging", "/en/advocacy/policy-watch" })
	String list(Language language, Model model) {
		List<WatchedFile> files = this.store.publicFiles();
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, WatchPaths.list(other)));
		AdvocacyPages.page(model,
				PageMeta
					.of(language, text("advocacy.watch.public.title", language),
							text("advocacy.watch.public.description", language), WatchPaths.list(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/advocacy-watch.css");
		model.addAttribute("language", language);
		model.addAttribute("entries",
				files.stream()
					.map((file) -> new Entry(file, WatchPaths.file(language, file), this.store.publicPapers(file)))
					.toList());
		model.addAttribute("demo", files.stream().anyMatch(WatchedFile::demo));
		model.addAttribute("jsonPath", WatchPaths.list(language) + ".json");
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/watch/list";
	}

	@GetMapping({ "/fr/plaidoyer/veille/{slug}", "/nl/beleidswerk/beleidsopvolging/{slug}",
			"/en/advocacy/policy-watch/{slug}" })
	String file(Language language, @PathVariable String slug, Model model) {
		WatchedFile file = this.store.publicFile(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, WatchPaths.file(other, file)));
		String summary = file.summary(language);
		AdvocacyPages.page(model, PageMeta.of(language, file.title(language),
				(summary.length() > 160) ? summary.substring(0, 159) + "…" : summary, WatchPaths.file(language, file))
			.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/advocacy-watch.css");
		model.addAttribute("language", language);
		model.addAttribute("file", file);
		model.addAttribute("papers", this.store.publicPapers(file));
		model.addAttribute("posts", this.news.posts(WatchStore.KIND, file.id(), language));
		model.addAttribute("listPath", WatchPaths.list(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/watch/file";
	}

	@GetMapping({ "/fr/plaidoyer/veille.json", "/nl/beleidswerk/beleidsopvolging.json",
			"/en/advocacy/policy-watch.json" })
	ResponseEntity<List<Map<String, Object>>> json(Language language) {
		List<Map<String, Object>> files = this.store.publicFiles().stream().map((file) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("slug", file.slug());
			entry.put("path", WatchPaths.file(language, file));
			entry.put("kind", file.kind().name());
			entry.put("stage", file.stage().name());
			entry.put("reference", file.reference());
			entry.put("institution", file.institution());
			entry.put("title", file.title(language));
			entry.put("summary", file.summary(language));
			entry.put("deadline", (file.deadlineOn() != null) ? file.deadlineOn().toString() : null);
			entry.put("deadlineWhat", file.deadline(language));
			entry.put("positionPapers", this.store.publicPapers(file).stream().map((paper) -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("name", paper.fileName());
				one.put("path", paper.path());
				return one;
			}).toList());
			entry.put("demo", file.demo());
			return entry;
		}).toList();
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.header("Access-Control-Allow-Origin", "*")
			.body(files);
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	/**
	 * A public file on the list.
	 *
	 * @param file the file
	 * @param path its page
	 * @param papers its public position papers
	 */
	record Entry(WatchedFile file, String path, List<Paper> papers) {
	}

}
