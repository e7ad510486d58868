package org.vigie.content.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.content.ContentPaths;
import org.vigie.content.search.SearchIndex;
import org.vigie.content.search.SearchResults;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.PageMeta.Crumb;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Full-text search of the public content in the page's language.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	static final int PAGE_SIZE = 10;

	private static final int MAX_PAGE = 1000;

	private final SearchIndex index;

	private final MessageSource messages;

	private final Clock clock;

	SearchController(SearchIndex index, MessageSource messages, Clock clock) {
		this.index = index;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ ContentPaths.SEARCH_FR, ContentPaths.SEARCH_NL, ContentPaths.SEARCH_EN })
	String search(Language language, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String pageText, Model model, HttpServletResponse response) {
		String title = this.messages.getMessage("search.title", null, language.locale());
		PageMeta meta = PageMeta.of(language, title, title, ContentPaths.search(language))
			.withTranslations(java.util.Map.of(Language.FR, ContentPaths.search(Language.FR), Language.NL,
					ContentPaths.search(Language.NL), Language.EN, ContentPaths.search(Language.EN)))
			.withBreadcrumbs(List.of(new Crumb(title, ContentPaths.search(language))));
		model.addAttribute("meta", meta);
		String text = (query != null) ? query.strip() : "";
		model.addAttribute("query", text.length() > MAX_QUERY_LENGTH ? "" : text);
		String problem = problem(text, pageText);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", problem);
			return "content/search";
		}
		// The same for every reader of this address; with a query it is never kept here
		// (the page cache keeps no address with a query string), only by browsers.
		SharedPage.mark("search");
		if (!text.isEmpty()) {
			int page = (pageText != null) ? Integer.parseInt(pageText) : 1;
			SearchResults results = this.index.search(language, text, this.clock.instant(), page, PAGE_SIZE);
			if (page > 1 && results.hits().isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			model.addAttribute("results", results);
			model.addAttribute("pagination",
					Pagination.of(page, results.total(), PAGE_SIZE,
							(n) -> UriComponentsBuilder.fromPath(ContentPaths.search(language))
								.queryParam("q", text)
								.queryParamIfPresent("page", java.util.Optional.ofNullable((n > 1) ? n : null))
								.encode()
								.build()
								.toUriString()));
		}
		return "content/search";
	}

	/** The message key of what is wrong with the request, or {@code null}. */
	private static String problem(String text, String pageText) {
		if (text.length() > MAX_QUERY_LENGTH) {
			return "search.error.long";
		}
		if (text.chars().anyMatch((c) -> Character.isISOControl(c) || c == '\uFFFD')) {
			return "search.error.characters";
		}
		if (pageText != null && (pageText.isEmpty() || pageText.length() > 4
				|| !pageText.chars().allMatch((c) -> c >= '0' && c <= '9') || Integer.parseInt(pageText) < 1
				|| Integer.parseInt(pageText) > MAX_PAGE)) {
			return "search.error.page";
		}
		return null;
	}

}
