package org.vigie.reporting.line;

import org.vigie.site.SameOrigin;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.KeyDerivation;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.Receipt;
import org.vigie.reporting.vault.ReportKey;
import org.vigie.site.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reporter coming back: they type their receipt, which opens their report and gives
 * them a short-lived {@link PassCookie pass}; with it they see the report's status and
 * messages, answer, and close when done. One address answers all of it, so every form of
 * the page posts to itself.
 */
@Controller
class FollowUpController {

	private static final String[] PATHS = LinePaths.FOLLOW_UP;

	private final Reports reports;

	private final LineViews views;

	private final FormTokens tokens;

	private final LineThrottle throttle;

	private final PassCookie pass;

	FollowUpController(Reports reports, LineViews views, FormTokens tokens, LineThrottle throttle, PassCookie pass) {
		this.reports = reports;
		this.views = views;
		this.tokens = tokens;
		this.throttle = throttle;
		this.pass = pass;
	}

	@GetMapping({ "/fr/signaler/suivi", "/nl/melden/opvolging", "/en/report/follow-up" })
	ModelAndView show(HttpServletRequest request) {
		Language language = LineViews.language(request);
		return this.pass.key(request)
			.map((key) -> report(key, language, null, HttpStatus.OK))
			.orElseGet(() -> entry(language, null, HttpStatus.OK));
	}

	@PostMapping({ "/fr/signaler/suivi", "/nl/melden/opvolging", "/en/report/follow-up" })
	ModelAndView act(@RequestParam(required = false) String action, @RequestParam(required = false) String token,
			@RequestParam(required = false) String receipt, @RequestParam(required = false) String text,
			@RequestParam(name = "images", required = false) List<MultipartFile> images, HttpServletRequest request,
			HttpServletResponse response) {
		Language language = LineViews.language(request);
		if (!this.throttle.allow(LineThrottle.Bucket.FORM, request)) {
			return this.views.tooMany(language, LinePage.Kind.FOLLOW_UP);
		}
		FormTokens.Check check = this.tokens.check(token);
		if (check == FormTokens.Check.INVALID || !SameOrigin.sentFromHere(request)) {
			return this.views.refused(language, LinePage.Kind.FOLLOW_UP);
		}
		Optional<ReportKey> key = this.pass.key(request);
		if ("close".equals(action)) {
			this.pass.remove(language, request, response);
			return this.views.notice("line.followUp.closed", language, LinePage.Kind.FOLLOW_UP, HttpStatus.OK);
		}
		if (check != FormTokens.Check.VALID) {
			return key.map((opened) -> report(opened, language, "line.form.again", HttpStatus.OK))
				.orElseGet(() -> entry(language, "line.form.again", HttpStatus.OK));
		}
		if ("reply".equals(action)) {
			if (key.isEmpty()) {
				return entry(language, "line.followUp.expired", HttpStatus.OK);
			}
			return reply(key.get(), text, (images != null) ? images : List.of(), language, response);
		}
		return open(receipt, language, request, response);
	}

	private ModelAndView open(String typed, Language language, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.throttle.allow(LineThrottle.Bucket.RECEIPT, request)) {
			return this.views.tooMany(language, LinePage.Kind.FOLLOW_UP);
		}
		if (Receipt.parse(typed).isEmpty()) {
			return entry(language, "line.followUp.malformed", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			Reports.ReceiptAnswer answer = this.reports.openWithReceipt(typed);
			return switch (answer.result()) {
				case OPENED -> {
					ReportKey key = answer.key().orElseThrow();
					this.pass.give(key, language, request, response);
					key.destroy();
					yield seeFollowUp(language, response);
				}
				case LOCKED -> entry(language, "line.followUp.locked", HttpStatus.TOO_MANY_REQUESTS);
				case NOT_RECOGNISED -> entry(language, "line.followUp.unknown", HttpStatus.UNPROCESSABLE_CONTENT);
			};
		}
		catch (KeyDerivation.Busy ex) {
			return entry(language, "line.busy.text", HttpStatus.SERVICE_UNAVAILABLE);
		}
	}

	private ModelAndView reply(ReportKey key, String text, List<MultipartFile> files, Language language,
			HttpServletResponse response) {
		String body = (text != null) ? text.strip() : "";
		ReportForm asForm = new ReportForm(null, null, null, null, body, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
		String error = ReportChecks.step(asForm, 1).get("what");
		Images.Cleaned images = Images.clean(files);
		if (images.error() != null) {
			error = images.error();
		}
		else if ("line.error.required".equals(error) && !images.uploads().isEmpty()) {
			error = null;
		}
		if (error != null) {
			ModelAndView page = report(key, language, null, HttpStatus.UNPROCESSABLE_CONTENT);
			page.addObject("replyError", error);
			page.addObject("replyText", body);
			return page;
		}
		try {
			this.reports.reporterWrites(key, body, images.uploads());
		}
		catch (IllegalStateException ex) {
			return report(key, language, "line.followUp.closedReport", HttpStatus.CONFLICT);
		}
		return seeFollowUp(language, response);
	}

	/**
	 * After a change, the follow-up page again, so that reloading it sends nothing twice.
	 */
	private static ModelAndView seeFollowUp(Language language, HttpServletResponse response) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, LinePaths.followUpWord(language));
		return null;
	}

	private ModelAndView entry(Language language, String notice, HttpStatus status) {
		ModelAndView page = this.views.page("follow-up", language, LinePage.Kind.FOLLOW_UP, status);
		page.addObject("followUpNotice", notice);
		return page;
	}

	private ModelAndView report(ReportKey key, Language language, String notice, HttpStatus status) {
		ModelAndView page = entry(language, notice, status);
		try {
			page.addObject("report", FollowUpView.of(this.reports.reporterView(key), language));
		}
		catch (Reports.NoSuchReport ex) {
			page.addObject("followUpNotice", "line.followUp.gone");
		}
		return page;
	}

}
