package org.vigie.content.editing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in person's roles do not allow this change (an author editing someone else's
 * post, or publishing).
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowed extends RuntimeException {

	public NotAllowed(String what) {
		super(what);
	}

}
