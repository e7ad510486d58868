package org.vigie.reporting.line;

import java.util.Map;
import java.util.Optional;

import org.vigie.site.HomeSection;
import org.vigie.site.Language;

import org.springframework.stereotype.Component;

/**
 * The home page tells every visitor where to report a child at risk, before the news.
 */
@Component
class LineOnHomePage implements HomeSection {

	@Override
	public Optional<Block> render(Language language) {
		return Optional.of(new Block("reporting/line/home", "teaser", Map.of("linePath", LinePaths.landing(language),
				"followUpPath", LinePaths.FOLLOW_UP[language.ordinal()])));
	}

	@Override
	public int homeOrder() {
		return -10;
	}

}
