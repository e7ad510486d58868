package org.vigie.site.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.site.SharedPage;
import org.vigie.site.HomeSection;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitePaths;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root address, which sends readers to their language, and each language's home page.
 */
@Controller
class HomeController {

	private final SiteProperties properties;

	private final List<HomeSection> sections;

	private final MessageSource messages;

	private final PathLanguageResolver languages;

	private final List<org.vigie.site.MovedAddresses> moved;

	private final SiteLayout layout;

	HomeController(SiteProperties properties, List<HomeSection> sections, MessageSource messages,
			SiteWebConfiguration configuration, List<org.vigie.site.MovedAddresses> moved, SiteLayout layout) {
		this.layout = layout;
		this.moved = moved;
		this.properties = properties;
		this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::homeOrder)).toList();
		this.messages = messages;
		this.languages = configuration.languages();
	}

	@GetMapping("/")
	ResponseEntity<Void> root(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			// An old site's addresses by id (?p=123, ?page_id=45) go to their new place.
			for (org.vigie.site.MovedAddresses addresses : this.moved) {
				java.util.Optional<String> target = addresses.movedTo("/", query);
				if (target.isPresent()) {
					return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
						.location(URI.create(target.get()))
						.build();
				}
			}
		}
		Language language = this.languages.fromBrowser(request);
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(SitePaths.home(language)))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

	@GetMapping({ "/fr", "/nl", "/en" })
	ResponseEntity<Void> withoutSlash(Language language) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(SitePaths.home(language)))
			.build();
	}

	@GetMapping({ "/fr/", "/nl/", "/en/" })
	String home(Language language, Model model) {
		SharedPage.mark("home");
		String title = this.messages.getMessage("home.title", null, language.locale());
		String description = this.messages.getMessage("home.description", null, language.locale());
		PageMeta meta = PageMeta.of(language, title, description, SitePaths.home(language))
			.withTranslations(homes())
			.withFeed(this.sections.stream()
				.map((section) -> section.feedPath(language))
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null));
		meta = new PageMeta(meta.language(), meta.title(), meta.description(), meta.canonicalPath(),
				meta.translations(), List.of(), "website", null,
				List.of(StructuredData.organization(this.properties),
						StructuredData.website(this.properties, language, this.layout.search(language))),
				meta.feedPath());
		model.addAttribute("meta", meta);
		model.addAttribute("sections",
				this.sections.stream().flatMap((section) -> section.render(language).stream()).toList());
		return "site/home";
	}

	private static Map<Language, String> homes() {
		return Map.of(Language.FR, SitePaths.home(Language.FR), Language.NL, SitePaths.home(Language.NL), Language.EN,
				SitePaths.home(Language.EN));
	}

}
