package org.vigie.media.web;

import org.vigie.media.MediaLibrary;
import org.vigie.site.UploadLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The media library's upload limit: a request that announces more bytes than the library
 * takes is sent back to the library's page with a clear message, before anything reads it
 * (the site's upload limits check it).
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadGuard {

	/** Room for the form's other fields and the multipart boundaries. */
	private static final long FORM_ROOM = 1024 * 1024;

	@Bean
	UploadLimit mediaUploadLimit() {
		return new UploadLimit("/admin/media/**", DataSize.ofBytes(MediaLibrary.MAX_BYTES + FORM_ROOM),
				"/admin/media?problem=tooLarge");
	}

}
