package org.vigie.media.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit goes back to the library with a message. It is caught for
 * every page because the request is refused before any controller is chosen.
 */
@ControllerAdvice
class MediaUploadErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/admin/media?problem=tooLarge";
	}

}
