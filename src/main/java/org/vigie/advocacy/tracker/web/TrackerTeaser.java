package org.vigie.advocacy.tracker.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;

/**
 * The tracker's short section on the advocacy page: the main instrument, how many cells
 * have each status today and a link to the matrix.
 */
@Component
class TrackerTeaser implements PageAddition {

	private final TrackerData data;

	TrackerTeaser(TrackerData data) {
		this.data = data;
	}

	@Override
	public String pageKey() {
		return "advocacy";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<String> tags() {
		return List.of(AdvocacyPages.CACHE_TAG);
	}

	@Override
	public Optional<Part> part(Language language) {
		return this.data.instrument(null).map((instrument) -> {
			Matrix matrix = this.data.matrix(instrument, this.data.today());
			return new Part("advocacy/tracker/teaser", "teaser",
					Map.of("name", TrackerData.name(instrument, language), "counts", Matrix.counts(matrix.cells()),
							"path", AdvocacyPaths.tracker(language), "demo", instrument.demo(), "due",
							Optional.ofNullable(instrument.transpositionDue()).map(Object::toString).orElse("")));
		});
	}

}
