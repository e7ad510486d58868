package org.vigie.site;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public site ({@code vigie.site.*}, or {@code VIGIE_SITE_*} in the
 * environment).
 *
 * @param baseUrl the public address of the site, used in canonical links, feeds and
 * sitemaps; never taken from request headers, so a forged {@code Host} cannot poison
 * cached pages
 * @param name the organisation's name as shown in titles and structured data
 * @param defaultLanguage the language of {@code /} when the browser states no supported
 * one
 * @param pageCacheMegabytes how much memory rendered public pages may take (0 turns the
 * page cache off)
 * @param timeZone the zone publication dates are shown in
 */
@ConfigurationProperties("vigie.site")
public record SiteProperties(URI baseUrl, String name, Language defaultLanguage, Integer pageCacheMegabytes,
		ZoneId timeZone) {

	public SiteProperties {
		baseUrl = (baseUrl != null) ? baseUrl : URI.create("http://localhost:8080");
		name = (name != null && !name.isBlank()) ? name : "Vigie";
		defaultLanguage = (defaultLanguage != null) ? defaultLanguage : Language.FR;
		pageCacheMegabytes = (pageCacheMegabytes != null) ? pageCacheMegabytes : 64;
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("Europe/Brussels");
	}

	/** The absolute address of a site path. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
