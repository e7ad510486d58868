package org.vigie.learning.offline;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.web.CardsPaths;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The installable app: its page (which explains itself and links to the decks online when
 * scripts do not run), its manifest and its service worker.
 */
@Controller
class OfflineAppController {

	static final String STYLESHEET = "/css/learning-offline.css";

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final DeckStore decks;

	private final CurrentLearner learners;

	private final ServiceWorkerScript worker;

	private final MessageSource messages;

	private final SiteProperties site;

	OfflineAppController(DeckStore decks, CurrentLearner learners, ServiceWorkerScript worker, MessageSource messages,
			SiteProperties site) {
		this.decks = decks;
		this.learners = learners;
		this.worker = worker;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping({ "/fr/cartes/offline", "/nl/kaarten/offline", "/en/cards/offline" })
	String page(Language language, HttpServletRequest request, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, OfflinePaths.page(other)));
		String title = text("learning.offline.title", language);
		model.addAttribute("meta",
				PageMeta
					.of(language, title, text("learning.offline.description", language), OfflinePaths.page(language))
					.withTranslations(translations)
					.withBreadcrumbs(List.of(
							new PageMeta.Crumb(text("learning.decks.title", language), CardsPaths.base(language)),
							new PageMeta.Crumb(title, OfflinePaths.page(language)))));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("learner", this.learners.of(request).isPresent());
		model.addAttribute("decks",
				this.decks.published()
					.stream()
					.map((deck) -> new DeckLink(deck.text(language).title(), deck.text(language).slug(),
							CardsPaths.deck(language, deck), OfflinePaths.deckData(language, deck)))
					.toList());
		model.addAttribute("language", language.code());
		model.addAttribute("base", CardsPaths.base(language));
		model.addAttribute("scope", OfflinePaths.scope(language));
		model.addAttribute("worker", OfflinePaths.worker(language));
		model.addAttribute("sync", OfflinePaths.sync(language));
		return "learning/offline/page";
	}

	@GetMapping({ "/fr/cartes/manifest.webmanifest", "/nl/kaarten/manifest.webmanifest",
			"/en/cards/manifest.webmanifest" })
	ResponseEntity<Map<String, Object>> manifest(Language language) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", this.messages.getMessage("learning.offline.app.name", new Object[] { this.site.name() },
				language.locale()));
		manifest.put("short_name", text("learning.offline.app.shortName", language));
		manifest.put("description", text("learning.offline.description", language));
		manifest.put("lang", language.code());
		manifest.put("id", OfflinePaths.page(language));
		manifest.put("start_url", OfflinePaths.page(language));
		manifest.put("scope", OfflinePaths.scope(language));
		manifest.put("display", "standalone");
		manifest.put("background_color", "#ffffff");
		manifest.put("theme_color", "#1f6f66");
		manifest.put("icons",
				List.of(icon(ServiceWorkerScript.ICON_SVG, "any", "image/svg+xml"),
						icon(ServiceWorkerScript.ICON_192, "192x192", "image/png"),
						icon(ServiceWorkerScript.ICON_512, "512x512", "image/png")));
		return ResponseEntity.ok().contentType(MANIFEST).body(manifest);
	}

	/**
	 * The service worker. Browsers check it for a new version on every visit, so it is
	 * never cached; its scope is the cards' base, which its address allows by itself.
	 */
	@GetMapping({ "/fr/cartes/service-worker.js", "/nl/kaarten/service-worker.js", "/en/cards/service-worker.js" })
	ResponseEntity<String> worker(Language language) {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noStore())
			.header("Service-Worker-Allowed", OfflinePaths.scope(language))
			.body(this.worker.script(language));
	}

	private static Map<String, String> icon(String src, String sizes, String type) {
		return Map.of("src", src, "sizes", sizes, "type", type, "purpose", "any");
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

	/**
	 * A deck on the offline page.
	 *
	 * @param title its title
	 * @param slug its address word
	 * @param path its page online
	 * @param data its copy for the offline app
	 */
	record DeckLink(String title, String slug, String path, String data) {

	}

}
