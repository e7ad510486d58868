package org.vigie.mobilisation.workshops.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.mobilisation.workshops.ReachFigures;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;

/**
 * The published reach of the workshops, per project and year and by region: a page in
 * each language, and the same figures as JSON for the impact page.
 */
@Controller
class ImpactController {

	private final ReachFigures figures;

	private final MessageSource messages;

	ImpactController(ReachFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping({ "/fr/ateliers/impact", "/nl/workshops/impact", "/en/workshops/impact" })
	String page(Language language, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, WorkshopPaths.impact(other)));
		MobilisationPages.page(model,
				PageMeta.of(language,
						this.messages.getMessage("mobilisation.workshops.impact.title", null, language.locale()),
						this.messages.getMessage("mobilisation.workshops.impact.description", null, language.locale()),
						WorkshopPaths.impact(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/mobilisation-workshops.css");
		model.addAttribute("years", this.figures.all());
		model.addAttribute("language", language);
		model.addAttribute("formPath", WorkshopPaths.form(language));
		model.addAttribute("jsonPath", WorkshopPaths.impact(language) + ".json");
		return "mobilisation/workshops/impact";
	}

	@GetMapping({ "/fr/ateliers/impact.json", "/nl/workshops/impact.json", "/en/workshops/impact.json" })
	ResponseEntity<List<Map<String, Object>>> json(Language language) {
		List<Map<String, Object>> years = this.figures.all().stream().map((year) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("project", year.project().code());
			entry.put("name", year.project().name(language));
			entry.put("year", year.year());
			entry.putAll(figures(year.figures()));
			entry.put("regions", year.regions().stream().map((region) -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("region", region.region().name());
				one.put("label", this.messages.getMessage("mobilisation.workshops.region." + region.region(), null,
						language.locale()));
				one.putAll(figures(region.figures()));
				return one;
			}).toList());
			return entry;
		}).toList();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.header("Access-Control-Allow-Origin", "*")
			.body(years);
	}

	private static Map<String, Object> figures(ReachFigures.Figures figures) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("workshops", figures.workshops());
		map.put("youngPeople", figures.youngPeople());
		map.put("teachers", figures.teachers());
		map.put("organisations", figures.organisations());
		return map;
	}

}
