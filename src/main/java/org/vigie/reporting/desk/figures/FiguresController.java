package org.vigie.reporting.desk.figures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

import org.vigie.site.SiteProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual figures page and its CSV download, with the same hidden counts.
 */
@Controller
class FiguresController {

	static final int FIRST_YEAR = 2000;

	private final AnnualFigures figures;

	private final Clock clock;

	private final ZoneId zone;

	FiguresController(AnnualFigures figures, Clock clock, SiteProperties site) {
		this.figures = figures;
		this.clock = clock;
		this.zone = site.timeZone();
	}

	@GetMapping("/admin/reports/figures")
	String page(@RequestParam(required = false) String year, Model model) {
		int thisYear = this.clock.instant().atZone(this.zone).getYear();
		int chosen = year(year, thisYear);
		model.addAttribute("figures", this.figures.of(chosen));
		model.addAttribute("years",
				java.util.stream.IntStream.iterate(thisYear, (y) -> y > thisYear - 10, (y) -> y - 1).boxed().toList());
		return "reporting/desk/figures";
	}

	@GetMapping("/admin/reports/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
		int thisYear = this.clock.instant().atZone(this.zone).getYear();
		AnnualFigures.Figures chosen = this.figures.of(year(year, thisYear));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"reporting-figures-" + chosen.year() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(FiguresCsv.of(chosen).getBytes(StandardCharsets.UTF_8));
	}

	private static int year(String text, int thisYear) {
		if (text != null && text.matches("[0-9]{4}")) {
			int year = Integer.parseInt(text);
			if (year >= FIRST_YEAR && year <= thisYear) {
				return year;
			}
		}
		return thisYear;
	}

}
