package org.vigie.advocacy.tracker.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.SharedPage;

/**
 * The tracker's dataset beside its page ({@code transposition.csv},
 * {@code transposition.json}, with the same {@code instrument} and {@code asOf} as the
 * page) and the page documenting its columns and licence.
 */
@Controller
class DatasetController {

	/** The CSV's media type. */
	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final TrackerData data;

	private final TrackerPages pages;

	DatasetController(TrackerData data, TrackerPages pages) {
		this.data = data;
		this.pages = pages;
	}

	@GetMapping({ TrackerAddresses.FR + ".csv", TrackerAddresses.NL + ".csv", TrackerAddresses.EN + ".csv" })
	ResponseEntity<byte[]> csv(Language language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String asOf) {
		Instrument shown = instrument(instrument);
		LocalDate day = AsOfDay.read(asOf, shown, this.data.today(), language, AdvocacyPaths.tracker(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("tracker-" + shown.code() + "-" + day + ".csv")
						.build()
						.toString())
			.header("Access-Control-Allow-Origin", "*")
			.body(this.data.csv(shown, day));
	}

	@GetMapping({ TrackerAddresses.FR + ".json", TrackerAddresses.NL + ".json", TrackerAddresses.EN + ".json" })
	ResponseEntity<Map<String, Object>> json(Language language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String asOf) {
		Instrument shown = instrument(instrument);
		LocalDate day = AsOfDay.read(asOf, shown, this.data.today(), language, AdvocacyPaths.tracker(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Access-Control-Allow-Origin", "*")
			.body(TrackerJson.of(this.data.matrix(shown, day), language, (key) -> this.pages.text(key, language)));
	}

	@GetMapping({ TrackerAddresses.FR + "/donnees", TrackerAddresses.NL + "/gegevens", TrackerAddresses.EN + "/data" })
	String documentation(Language language, Model model) {
		Instrument main = this.data.instrument(null).orElse(null);
		this.pages.page(model, this.pages.meta(language, this.pages.text("advocacy.tracker.data.title", language),
				this.pages.text("advocacy.tracker.data.description", language), TrackerAddresses::data), main);
		model.addAttribute("columns", TrackerCsv.COLUMNS);
		model.addAttribute("licence", TrackerCsv.LICENCE);
		model.addAttribute("licenceAddress", TrackerCsv.LICENCE_ADDRESS);
		model.addAttribute("csvPath", TrackerAddresses.csv(language));
		model.addAttribute("jsonPath", TrackerAddresses.json(language));
		model.addAttribute("path", AdvocacyPaths.tracker(language));
		model.addAttribute("example", List.of("2011-93-eu", "2019-03-31"));
		return "advocacy/tracker/data";
	}

	private Instrument instrument(String code) {
		return this.data.instrument(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
