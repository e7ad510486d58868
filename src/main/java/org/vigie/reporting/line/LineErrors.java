package org.vigie.reporting.line;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the line answers when something fails: its own page, in the reporter's language.
 * The log says only which kind of failure happened and where in the code: an exception's
 * message could quote what the reporter wrote, so it is never written.
 */
@ControllerAdvice(assignableTypes = { LineController.class, FollowUpController.class })
class LineErrors {

	private static final Logger log = LoggerFactory.getLogger(LineErrors.class);

	private final LineViews views;

	LineErrors(LineViews views) {
		this.views = views;
	}

	@ExceptionHandler(RuntimeException.class)
	ModelAndView failed(RuntimeException ex, HttpServletRequest request) {
		StackTraceElement where = (ex.getStackTrace().length > 0) ? ex.getStackTrace()[0] : null;
		log.error("The reporting line failed: {} at {}", ex.getClass().getName(), where);
		return this.views.notice("line.failed", LineViews.language(request), LinePage.Kind.FORM,
				HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
