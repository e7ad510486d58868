package org.vigie.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.media.store.MediaStorage;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the media library at {@code /media/…}. Addresses carry a hash of the uploaded
 * bytes, so a file never changes at its address and browsers may keep it for a year.
 */
@Controller
class MediaController {

	private final MediaStorage storage;

	MediaController(MediaStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/media/**")
	ResponseEntity<InputStreamResource> file(HttpServletRequest request) throws IOException {
		String key = request.getRequestURI().substring("/media/".length());
		MediaType type = key.endsWith(".jpg") ? MediaType.IMAGE_JPEG
				: key.endsWith(".png") ? MediaType.IMAGE_PNG : key.endsWith(".pdf") ? MediaType.APPLICATION_PDF : null;
		if (type == null || !MediaStorage.isValidKey(key)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		long size = this.storage.size(key);
		Optional<InputStream> content = this.storage.open(key);
		if (content.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		if (size >= 0) {
			response.contentLength(size);
		}
		if (type.equals(MediaType.APPLICATION_PDF)) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(key.substring(key.lastIndexOf('/') + 1)).build().toString());
		}
		return response.body(new InputStreamResource(content.get()));
	}

}
