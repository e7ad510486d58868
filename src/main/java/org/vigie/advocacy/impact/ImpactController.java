package org.vigie.advocacy.impact;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigie.advocacy.figures.ProjectReach;
import org.vigie.advocacy.maps.MapSvg;
import org.vigie.advocacy.maps.Outlines;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;

/**
 * The impact page: every figure with its source and period, the projects' world map with
 * the list of their countries, and the same figures as JSON at the same address plus
 * {@code .json} (hidden counts as {@code null} with a flag).
 */
@Controller("advocacy.impact.ImpactController")
class ImpactController {

	private final ImpactFigures figures;

	private final Outlines outlines;

	private final MessageSource messages;

	private final SiteProperties site;

	ImpactController(ImpactFigures figures, Outlines outlines, MessageSource messages, SiteProperties site) {
		this.figures = figures;
		this.outlines = outlines;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping({ "/fr/plaidoyer/impact", "/nl/beleidswerk/impact", "/en/advocacy/impact" })
	String page(Language language, Model model) {
		Impact impact = this.figures.of(language);
		String path = AdvocacyPaths.of(AdvocacyPaths.Area.IMPACT, language);
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, AdvocacyPaths.of(AdvocacyPaths.Area.IMPACT, other)));
		String title = text("advocacy.impact.title", language);
		String description = text("advocacy.impact.description", language);
		PageMeta meta = PageMeta.of(language, title, description, path).withTranslations(translations);
		meta = new PageMeta(meta.language(), title, description, path, translations, meta.breadcrumbs(), "website",
				null, List.of(dataset(title, description, path)), null);
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", "/css/advocacy-impact.css");
		model.addAttribute("impact", impact);
		model.addAttribute("language", language);
		model.addAttribute("jsonPath", path + ".json");
		model.addAttribute("smallest", ImpactFigures.SMALLEST);
		Map<String, String> countries = countries(impact.placed(), language);
		model.addAttribute("countries", countries);
		model.addAttribute("worldMap",
				countries.isEmpty() ? null
						: MapSvg.world(this.outlines.world(), text("advocacy.maps.world.title", language),
								text("advocacy.maps.world.description", language), countries));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/impact/page";
	}

	@GetMapping({ "/fr/plaidoyer/impact.json", "/nl/beleidswerk/impact.json", "/en/advocacy/impact.json" })
	ResponseEntity<Map<String, Object>> json(Language language) {
		Impact impact = this.figures.of(language);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("demo", impact.demo());
		body.put("smallestCountShown", ImpactFigures.SMALLEST);
		body.put("sources", impact.blocks().stream().map((block) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("source", block.source().name());
			one.put("description", text("advocacy.impact." + block.key() + ".source", language));
			one.put("period", block.period());
			one.put("years", block.lines().stream().map(ImpactController::line).toList());
			return one;
		}).toList());
		body.put("projects", impact.reached().stream().map((reached) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("project", reached.project());
			one.put("audience", reached.audience().name());
			one.put("count", reached.count());
			one.put("from", (reached.from() != null) ? reached.from().toString() : null);
			one.put("to", (reached.to() != null) ? reached.to().toString() : null);
			one.put("source", reached.source());
			return one;
		}).toList());
		body.put("places", impact.placed().stream().map((placed) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("project", placed.project());
			one.put("countries", placed.countries().stream().sorted().toList());
			one.put("fromYear", placed.fromYear());
			one.put("toYear", placed.toYear());
			return one;
		}).toList());
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.empty().cachePublic().mustRevalidate())
			.header("Access-Control-Allow-Origin", "*")
			.body(body);
	}

	private static Map<String, Object> line(Impact.Line line) {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("year", line.year());
		if (line.group() != null) {
			one.put("campaign", line.group());
		}
		for (Impact.Figure figure : line.figures()) {
			one.put(figure.unit(), figure.count());
			if (figure.hidden()) {
				one.put(figure.unit() + "Hidden", true);
				one.put("fewerThan", ImpactFigures.SMALLEST);
			}
		}
		return one;
	}

	private Map<String, Object> dataset(String title, String description, String path) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@type", "Dataset");
		dataset.put("name", title);
		dataset.put("description", description);
		dataset.put("url", this.site.absolute(path));
		dataset.put("creator", Map.of("@id", this.site.absolute("/#organization")));
		dataset.put("distribution", List.of(Map.of("@type", "DataDownload", "encodingFormat", "application/json",
				"contentUrl", this.site.absolute(path + ".json"))));
		return dataset;
	}

	/** The projects' countries' names by code, in the reader's language. */
	private static Map<String, String> countries(List<ProjectReach.Placed> placed, Language language) {
		Map<String, String> names = new TreeMap<>();
		placed.forEach((one) -> one.countries()
			.forEach((code) -> names.put(code, java.util.Locale.of("", code).getDisplayCountry(language.locale()))));
		return names;
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
