package org.vigie.advocacy.maps;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;

/**
 * The tracker's map of Europe: the page (the map, its legend, the choice of provision and
 * day, and the list of every state with its status in words) and the drawing alone at the
 * same address plus {@code .svg}. Both read {@code ?instrument=}, {@code ?article=} and
 * {@code ?asOf=}; without an article the map shows each state's share of provisions
 * transposed.
 */
@Controller("advocacy.maps.MapController")
class MapController {

	private final TrackerStore tracker;

	private final StatusShading shading;

	private final Outlines outlines;

	private final MessageSource messages;

	MapController(TrackerStore tracker, StatusShading shading, Outlines outlines, MessageSource messages) {
		this.tracker = tracker;
		this.shading = shading;
		this.outlines = outlines;
		this.messages = messages;
	}

	@GetMapping({ "/fr/plaidoyer/transposition/carte", "/nl/beleidswerk/omzetting/kaart",
			"/en/advocacy/transposition/map" })
	String page(Language language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String article, @RequestParam(required = false) String asOf, Model model) {
		Choice choice = choose(instrument, article, asOf);
		Shades shades = shades(choice, language);
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, AdvocacyPaths.map(other)));
		AdvocacyPages.page(model,
				PageMeta
					.of(language, text("advocacy.maps.title", language), shades.description(),
							AdvocacyPaths.map(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/advocacy-maps.css");
		model.addAttribute("language", language);
		model.addAttribute("shades", shades);
		model.addAttribute("svg", MapSvg.europe(this.outlines.europe(), shades, false));
		model.addAttribute("instrument", choice.matrix().instrument());
		model.addAttribute("instruments", this.tracker.instruments());
		model.addAttribute("provisions", choice.matrix().provisions());
		model.addAttribute("article", (choice.provision() != null) ? choice.provision().article() : "");
		model.addAttribute("asOf", choice.matrix().asOf());
		model.addAttribute("today", this.tracker.today());
		model.addAttribute("svgPath", AdvocacyPaths.map(language) + ".svg" + query(instrument, article, asOf));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/maps/map";
	}

	@GetMapping({ "/fr/plaidoyer/transposition/carte.svg", "/nl/beleidswerk/omzetting/kaart.svg",
			"/en/advocacy/transposition/map.svg" })
	ResponseEntity<String> svg(Language language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String article, @RequestParam(required = false) String asOf) {
		Shades shades = shades(choose(instrument, article, asOf), language);
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
			.cacheControl(CacheControl.empty().cachePublic().mustRevalidate())
			.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'none'")
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + MapSvg.europe(this.outlines.europe(), shades, true));
	}

	private Shades shades(Choice choice, Language language) {
		return (choice.provision() != null) ? this.shading.provision(choice.matrix(), choice.provision(), language)
				: this.shading.summary(choice.matrix(), language);
	}

	/** The matrix and provision asked for; 404 for an unknown one, 400 for a bad day. */
	private Choice choose(String code, String article, String asOf) {
		Instrument instrument = ((code == null || code.isBlank()) ? this.tracker.main()
				: this.tracker.instrument(code.strip()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = this.tracker.today();
		LocalDate day = today;
		if (asOf != null && !asOf.isBlank()) {
			try {
				day = LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asOf is a day such as 2020-06-30");
			}
			day = day.isAfter(today) ? today : day;
		}
		Provision provision = null;
		if (article != null && !article.isBlank()) {
			provision = this.tracker.provision(instrument.id(), article.strip())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return new Choice(this.tracker.matrix(instrument, day), provision);
	}

	private static String query(String instrument, String article, String asOf) {
		org.springframework.web.util.UriComponentsBuilder query = org.springframework.web.util.UriComponentsBuilder
			.newInstance();
		if (instrument != null && !instrument.isBlank()) {
			query.queryParam("instrument", instrument.strip());
		}
		if (article != null && !article.isBlank()) {
			query.queryParam("article", article.strip());
		}
		if (asOf != null && !asOf.isBlank()) {
			query.queryParam("asOf", asOf.strip());
		}
		return query.encode().build().toUriString();
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	private record Choice(Matrix matrix, Provision provision) {
	}

}
