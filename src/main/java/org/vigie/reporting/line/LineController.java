package org.vigie.reporting.line;

import org.vigie.site.SameOrigin;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.KeyDerivation;
import org.vigie.reporting.directory.ReportingPoints;
import org.vigie.reporting.reports.Category;
import org.vigie.reporting.reports.Channel;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.PlaceType;
import org.vigie.reporting.reports.Reports;
import org.vigie.site.Language;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The line's first page, which offers the right place to report from the directory of
 * reporting points (where it happened, where the reporter lives), and its report form.
 * The form's steps are answered by the server (so they work without JavaScript): each
 * step's answer is a page showing the next step, or the same one with its errors,
 * carrying earlier answers in hidden fields; nothing is stored until the last step, whose
 * answer is the receipt.
 */
@Controller
class LineController {

	private final Reports reports;

	private final LineViews views;

	private final FormTokens tokens;

	private final LineThrottle throttle;

	private final ReportingPoints points;

	LineController(Reports reports, LineViews views, FormTokens tokens, LineThrottle throttle, ReportingPoints points) {
		this.reports = reports;
		this.points = points;
		this.views = views;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@GetMapping({ "/fr/signaler", "/nl/melden", "/en/report" })
	ModelAndView landing(HttpServletRequest request, @RequestParam(required = false) String incident,
			@RequestParam(required = false) String residence, @RequestParam(required = false) String tooLarge) {
		Language language = LineViews.language(request);
		ModelAndView page = this.views.page("landing", language, LinePage.Kind.LANDING, HttpStatus.OK);
		page.addObject("open", this.reports.open());
		page.addObject("tooLarge", tooLarge != null);
		page.addObject("countries", this.points.countries(language));
		page.addObject("incident", incident);
		page.addObject("residence", residence);
		if (incident != null || residence != null) {
			LinePage line = (LinePage) page.getModel().get("line");
			page.addObject("suggestions",
					this.points.suggest(incident, residence, language).withLineAddress(line.base() + line.formWord()));
		}
		return page;
	}

	@GetMapping({ "/fr/signaler/formulaire", "/nl/melden/formulier", "/en/report/form" })
	ModelAndView form(HttpServletRequest request) {
		Language language = LineViews.language(request);
		if (!this.reports.open()) {
			return this.views.closed(language, LinePage.Kind.FORM);
		}
		return step(ReportForm.empty(), 1, Map.of(), null, language, HttpStatus.OK);
	}

	@PostMapping({ "/fr/signaler/formulaire", "/nl/melden/formulier", "/en/report/form" })
	ModelAndView send(ReportForm form, @RequestParam(name = "images", required = false) List<MultipartFile> images,
			HttpServletRequest request) {
		Language language = LineViews.language(request);
		if (!this.throttle.allow(LineThrottle.Bucket.FORM, request)) {
			return this.views.tooMany(language, LinePage.Kind.FORM);
		}
		if (!this.reports.open()) {
			return this.views.closed(language, LinePage.Kind.FORM);
		}
		int step = form.stepNumber();
		FormTokens.Check token = this.tokens.check(form.token());
		if (token == FormTokens.Check.INVALID || !SameOrigin.sentFromHere(request)) {
			return this.views.refused(language, LinePage.Kind.FORM);
		}
		if (token != FormTokens.Check.VALID) {
			return step(form, step, Map.of(), "line.form.again", language, HttpStatus.OK);
		}
		if (form.back() != null) {
			return step(form, Math.max(1, step - 1), Map.of(), null, language, HttpStatus.OK);
		}
		Map<String, String> errors = ReportChecks.step(form, step);
		if (!errors.isEmpty()) {
			return step(form, step, errors, null, language, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (step < ReportForm.STEPS) {
			return step(form, step + 1, Map.of(), null, language, HttpStatus.OK);
		}
		return submit(form, (images != null) ? images : List.of(), request, language);
	}

	private ModelAndView submit(ReportForm form, List<MultipartFile> files, HttpServletRequest request,
			Language language) {
		int wrong = ReportChecks.firstWrongStep(form);
		if (wrong > 0) {
			return step(form, wrong, ReportChecks.step(form, wrong), null, language, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.throttle.allow(LineThrottle.Bucket.SUBMISSION, request)) {
			return this.views.tooMany(language, LinePage.Kind.FORM);
		}
		Images.Cleaned images = Images.clean(files);
		if (images.error() != null) {
			return step(form, ReportForm.STEPS, Map.of("images", images.error()), null, language,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Channel channel = OnionLocation.viaOnion(request) ? Channel.ONION : Channel.WEB;
		try {
			Reports.Submitted submitted = this.reports.submit(ReportChecks.draft(form, channel), images.uploads());
			return submitted.receipt().map((receipt) -> {
				ModelAndView page = this.views.page("receipt", language, LinePage.Kind.FORM, HttpStatus.OK);
				page.addObject("receipt", receipt.display());
				return page;
			}).orElseGet(() -> this.views.notice("line.thanks", language, LinePage.Kind.FORM, HttpStatus.OK));
		}
		catch (KeyDerivation.Busy ex) {
			return step(form, ReportForm.STEPS, Map.of(), "line.busy.text", language, HttpStatus.SERVICE_UNAVAILABLE);
		}
		catch (Reports.LineClosed ex) {
			return this.views.closed(language, LinePage.Kind.FORM);
		}
	}

	private ModelAndView step(ReportForm form, int step, Map<String, String> errors, String notice, Language language,
			HttpStatus status) {
		ModelAndView page = this.views.page("form", language, LinePage.Kind.FORM, status);
		page.addObject("form", form);
		page.addObject("step", step);
		page.addObject("steps", ReportForm.STEPS);
		page.addObject("errors", errors);
		page.addObject("carried", form.carried(step));
		page.addObject("formNotice", notice);
		page.addObject("countries", Countries.all(language));
		page.addObject("categories", Category.values());
		page.addObject("placeTypes", PlaceType.values());
		page.addObject("followUps", FollowUp.values());
		return page;
	}

}
