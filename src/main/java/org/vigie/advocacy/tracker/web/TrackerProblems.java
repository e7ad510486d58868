package org.vigie.advocacy.tracker.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a download ({@code .csv}, {@code .json}) that asks for something the site
 * cannot give (such as a malformed or future "as of" day) with a 400 and a sentence
 * saying why, in the reader's language, never an error trace. The pages answer the same
 * with a page of their own ({@link TrackerPages#problem}).
 */
@ControllerAdvice(assignableTypes = DatasetController.class)
class TrackerProblems {

	private final TrackerPages pages;

	TrackerProblems(TrackerPages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(TrackerRequestProblem.class)
	ResponseEntity<String> badRequest(TrackerRequestProblem problem) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(this.pages.text(problem.key(), problem.language()) + "\n");
	}

}
