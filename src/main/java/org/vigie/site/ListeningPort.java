package org.vigie.site;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells {@link SiteProperties} the port the web server listens on as soon as it has one,
 * before it serves any request: with no configured public address, links use that port.
 */
@Component
class ListeningPort implements ApplicationListener<WebServerInitializedEvent> {

	private final SiteProperties properties;

	ListeningPort(SiteProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// A separate management server has a namespace; the site's own server has none.
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.properties.listeningOn(event.getWebServer().getPort());
		}
	}

}
