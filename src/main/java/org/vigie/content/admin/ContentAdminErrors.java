package org.vigie.content.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit goes back to the library with a message. (Refusals by
 * role answer 403 and missing items 404 through their exceptions' status.)
 */
@ControllerAdvice
class ContentAdminErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/admin/media?problem=tooLarge";
	}

}
