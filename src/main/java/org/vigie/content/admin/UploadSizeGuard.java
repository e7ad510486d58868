package org.vigie.content.admin;

import org.vigie.site.UploadLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The WordPress import's upload limit: an export upload that announces more bytes than
 * the limit is sent back to the import page with a clear message, before anything reads
 * it (the site's upload limits check it).
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

	@Bean
	UploadLimit importUploadLimit(@Value("${spring.servlet.multipart.max-request-size:257MB}") DataSize limit) {
		return new UploadLimit("/admin/import/**", limit, "/admin/import?problem=tooLarge");
	}

}
