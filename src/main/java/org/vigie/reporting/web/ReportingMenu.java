package org.vigie.reporting.web;

import java.util.List;

import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The line's entry in the main navigation, after the site's pages.
 */
@Component
class ReportingMenu implements MenuContributor {

	private final MessageSource messages;

	ReportingMenu(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<MenuItem> menu(Language language) {
		return List.of(new MenuItem(this.messages.getMessage("reporting.menu", null, language.locale()),
				ReportingPaths.home(language), List.of()));
	}

	@Override
	public int menuOrder() {
		return 50;
	}

}
