package org.vigie.advocacy.tracker.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;

/**
 * What every tracker page puts in its model: the layout's description with its
 * translations, the tracker's stylesheet, the date formats, the demo flag; and the
 * schema.org Dataset of the tracker page. Every tracker page is the same for all readers
 * and is marked shared under the advocacy cache tag.
 */
@Component
class TrackerPages {

	/** The tracker's stylesheet (it imports the module's). */
	static final String STYLESHEET = "/css/advocacy-tracker.css";

	private final MessageSource messages;

	private final SiteProperties site;

	TrackerPages(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	/** A message in a language. */
	String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

	/**
	 * Fills the model for a page at {@code path} (the translations built by the
	 * function).
	 */
	void page(Model model, PageMeta meta, Instrument instrument) {
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("language", meta.language());
		model.addAttribute("dates", new TrackerDates(meta.language(), this.site.timeZone()));
		model.addAttribute("instrument", instrument);
		model.addAttribute("instrumentName", (instrument != null) ? TrackerData.name(instrument, meta.language()) : "");
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
	}

	/**
	 * The 400 page saying what is wrong with the address asked for, with a link back to
	 * the tracker; not shared.
	 */
	String problem(TrackerRequestProblem problem, Model model, HttpServletResponse response) {
		Language language = problem.language();
		String title = text("advocacy.tracker.asOf.problem", language);
		AdvocacyPages.page(model, PageMeta.of(language, title, title, problem.backPath()));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("reason", problem.key());
		model.addAttribute("backPath", problem.backPath());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "advocacy/tracker/problem";
	}

	/** A page's description with its address in every language. */
	PageMeta meta(Language language, String title, String description, Function<Language, String> path) {
		return PageMeta.of(language, title, description, path.apply(language))
			.withTranslations(TrackerAddresses.everyLanguage(path));
	}

	/** The query naming an instrument other than the main one ("" for the main one). */
	static String instrumentQuery(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return UriComponentsBuilder.newInstance().queryParam("instrument", code).encode().build().toUriString();
	}

	/** The page's description with a schema.org Dataset for the tracker. */
	PageMeta withDataset(PageMeta meta, Instrument instrument, LocalDate asOf, String query) {
		Language language = meta.language();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@type", "Dataset");
		dataset.put("name", meta.title());
		dataset.put("description", meta.description());
		dataset.put("url", this.site.absolute(meta.canonicalPath()));
		dataset.put("inLanguage", language.code());
		dataset.put("license", TrackerCsv.LICENCE_ADDRESS);
		dataset.put("isAccessibleForFree", true);
		dataset.put("creator",
				Map.of("@type", "Organization", "name", this.site.name(), "url", this.site.absolute("/")));
		dataset.put("temporalCoverage", AsOfDay.earliest(instrument) + "/" + asOf);
		dataset.put("spatialCoverage", "European Union");
		dataset.put("distribution", List.of(download("text/csv", TrackerAddresses.csv(language) + query),
				download("application/json", TrackerAddresses.json(language) + query)));
		return new PageMeta(language, meta.title(), meta.description(), meta.canonicalPath(), meta.translations(),
				meta.breadcrumbs(), meta.openGraphType(), meta.imagePath(), List.of(dataset), meta.feedPath());
	}

	private Map<String, Object> download(String type, String path) {
		Map<String, Object> download = new LinkedHashMap<>();
		download.put("@type", "DataDownload");
		download.put("encodingFormat", type);
		download.put("contentUrl", this.site.absolute(path));
		return download;
	}

}
