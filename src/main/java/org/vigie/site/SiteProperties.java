package org.vigie.site;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public site ({@code vigie.site.*}, or {@code VIGIE_SITE_*} in the
 * environment).
 * <p>
 * The public address comes from {@code vigie.site.base-url} when it is set. When it is
 * not, it is {@code http://localhost:<port>} with the port the server actually listens
 * on, so a newcomer who starts the site on another port gets working links. It is never
 * taken from request headers, so a forged {@code Host} cannot poison cached pages.
 */
@ConfigurationProperties("vigie.site")
public final class SiteProperties {

	/** Used only before the server has a port, such as by a command-line import. */
	private static final URI UNSTARTED = URI.create("http://localhost:8080");

	private final URI configuredBaseUrl;

	private final String name;

	private final Language defaultLanguage;

	private final int pageCacheMegabytes;

	private final ZoneId timeZone;

	private volatile URI listeningBaseUrl;

	/**
	 * @param baseUrl the public address of the site, used in canonical links, feeds and
	 * sitemaps, or {@code null} (or blank) to use the port the server listens on
	 * @param name the organisation's name as shown in titles and structured data
	 * @param defaultLanguage the language of {@code /} when the browser states no
	 * supported one
	 * @param pageCacheMegabytes how much memory rendered public pages may take (0 turns
	 * the page cache off)
	 * @param timeZone the zone publication dates are shown in
	 */
	public SiteProperties(URI baseUrl, String name, Language defaultLanguage, Integer pageCacheMegabytes,
			ZoneId timeZone) {
		this.configuredBaseUrl = (baseUrl != null && !baseUrl.toString().isBlank()) ? baseUrl : null;
		this.name = (name != null && !name.isBlank()) ? name : "Vigie";
		this.defaultLanguage = (defaultLanguage != null) ? defaultLanguage : Language.FR;
		this.pageCacheMegabytes = (pageCacheMegabytes != null) ? pageCacheMegabytes : 64;
		this.timeZone = (timeZone != null) ? timeZone : ZoneId.of("Europe/Brussels");
	}

	/**
	 * The public address of the site: the configured one, else where the server listens.
	 */
	public URI baseUrl() {
		if (this.configuredBaseUrl != null) {
			return this.configuredBaseUrl;
		}
		URI listening = this.listeningBaseUrl;
		return (listening != null) ? listening : UNSTARTED;
	}

	/**
	 * Whether the public address was configured rather than taken from the server's port.
	 */
	public boolean baseUrlConfigured() {
		return this.configuredBaseUrl != null;
	}

	/**
	 * Whether the configured public address is {@code https}: cookies are then sent over
	 * TLS only and browsers are told to use nothing else (HSTS).
	 */
	public boolean https() {
		return this.configuredBaseUrl != null && "https".equalsIgnoreCase(this.configuredBaseUrl.getScheme());
	}

	public String name() {
		return this.name;
	}

	public Language defaultLanguage() {
		return this.defaultLanguage;
	}

	public Integer pageCacheMegabytes() {
		return this.pageCacheMegabytes;
	}

	public ZoneId timeZone() {
		return this.timeZone;
	}

	/** The absolute address of a site path. */
	public String absolute(String path) {
		String base = baseUrl().toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

	/** Called once the server listens, by {@link ListeningPort}. */
	void listeningOn(int port) {
		this.listeningBaseUrl = URI.create("http://localhost:" + port);
	}

}
