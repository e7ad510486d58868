package org.vigie.site.web;

import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code robots.txt}: everything public may be crawled, the back-office may not, and the
 * sitemap index is announced.
 */
@RestController
class RobotsController {

	private final SiteProperties properties;

	RobotsController(SiteProperties properties) {
		this.properties = properties;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		SharedPage.mark("robots");
		return """
				User-agent: *
				Allow: /
				Disallow: /admin/

				Sitemap: %s
				""".formatted(this.properties.absolute("/sitemap.xml"));
	}

}
