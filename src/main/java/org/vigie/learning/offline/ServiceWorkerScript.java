package org.vigie.learning.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The service worker of one language's cards: the worker's code
 * ({@code templates/learning/offline/service-worker.js}) after a line that tells it its
 * base and the exact addresses of the app's shell, with the version stamps the site gives
 * its stylesheets and scripts. The version of the whole changes whenever one of them
 * does, so that browsers install the new worker and drop the old shell.
 */
@Component
class ServiceWorkerScript {

	static final String ICON_SVG = "/learning/icon.svg";

	static final String ICON_192 = "/learning/icon-192.png";

	static final String ICON_512 = "/learning/icon-512.png";

	private static final List<String> STATIC_SHELL = List.of("/css/site.css", "/css/learning-cards.css",
			OfflineAppController.STYLESHEET, "/js/site.js", "/js/learning-offline.js", "/img/logo.svg", ICON_SVG,
			ICON_192, ICON_512);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Absent when the application runs without a web server (a command-line import). */
	private final ObjectProvider<ResourceUrlProvider> urls;

	private final String code;

	private final Map<Language, String> scripts = new ConcurrentHashMap<>();

	ServiceWorkerScript(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
		this.code = load();
	}

	String script(Language language) {
		return this.scripts.computeIfAbsent(language, this::build);
	}

	private String build(Language language) {
		List<String> shell = new java.util.ArrayList<>(
				List.of(OfflinePaths.page(language), OfflinePaths.manifest(language)));
		STATIC_SHELL.forEach(
				(path) -> shell.add(Objects.requireNonNullElse(this.urls.getObject().getForLookupPath(path), path)));
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("language", language.code());
		settings.put("base", CardsPaths.base(language));
		settings.put("page", OfflinePaths.page(language));
		settings.put("data", OfflinePaths.page(language) + "/decks/");
		settings.put("shell", shell);
		String head = JSON.writeValueAsString(settings);
		settings.put("version", version(head + this.code));
		return "self.VIGIE_OFFLINE = " + JSON.writeValueAsString(settings) + ";\n" + this.code;
	}

	private static String version(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String load() {
		try (InputStream in = ServiceWorkerScript.class
			.getResourceAsStream("/templates/learning/offline/service-worker.js")) {
			return new String(Objects.requireNonNull(in, "service-worker.js").readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
