package org.vigie.site.web;

import java.io.IOException;
import java.io.Writer;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.vigie.site.Language;

import org.springframework.web.util.HtmlUtils;

/**
 * The last line of error pages: requests Tomcat rejects before they reach the application
 * (malformed percent-encoding, invalid characters in the address) still get a short page
 * in the reader's language instead of the container's own, and never a stack trace.
 */
public class ContainerErrorValve extends ErrorReportValve {

	private final Language defaultLanguage;

	public ContainerErrorValve() {
		this(Language.FR);
	}

	ContainerErrorValve(Language defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		Language language = language(request);
		ResourceBundle messages = bundle(language);
		String kind = (status == 404) ? "404" : (status >= 500) ? "500" : "400";
		String title = HtmlUtils.htmlEscape(messages.getString("error." + kind + ".title"));
		String text = HtmlUtils.htmlEscape(messages.getString("error." + kind + ".text"));
		String home = HtmlUtils.htmlEscape(messages.getString("error.home"));
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Content-Language", language.code());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
						+ "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/"
						+ language.code() + "/\">" + home + "</a></p></main></body></html>");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is already committed: nothing more to
			// say.
		}
	}

	private Language language(Request request) {
		String uri = (request.getCoyoteRequest() != null) ? request.getCoyoteRequest().requestURI().toString() : null;
		return PathLanguageResolver.fromPath(uri)
			.orElseGet(() -> PathLanguageResolver.fromBrowser(request, this.defaultLanguage));
	}

	private static ResourceBundle bundle(Language language) {
		try {
			return ResourceBundle.getBundle("messages.site", language.locale(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("The site's messages are missing for " + language, ex);
		}
	}

}
