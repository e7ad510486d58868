package org.vigie.advocacy.maps;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * Reads a tracker matrix as a map: one provision's statuses, or, for the whole
 * instrument, each state's share of provisions transposed (in full or beyond) in four
 * bands.
 */
@Component("advocacy.maps.StatusShading")
class StatusShading {

	/** The share bands' lower bounds in percent. */
	private static final int[] BANDS = { 0, 25, 50, 75 };

	private final MessageSource messages;

	StatusShading(MessageSource messages) {
		this.messages = messages;
	}

	/** The states in their status for one provision. */
	Shades provision(Matrix matrix, Provision provision, Language language) {
		List<Shades.State> states = new ArrayList<>();
		for (Cell cell : matrix.column(provision)) {
			String words = text("advocacy.status." + cell.status().name(), language);
			states.add(state(cell.state(), cell.status().name(), words, language));
		}
		Map<String, Long> counts = counts(states);
		List<Shades.Key> legend = Arrays.stream(Status.values())
			.map((status) -> new Shades.Key(status.name(), text("advocacy.status." + status.name(), language),
					counts.getOrDefault(status.name(), 0L)))
			.toList();
		String title = text("advocacy.maps.provision.title", language, provision.article(),
				matrix.instrument().shortTitle(language), day(matrix, language));
		return new Shades(title,
				text("advocacy.maps.provision.description", language, provision.article(), provision.title(language)),
				states, legend);
	}

	/** The states in their share of provisions transposed. */
	Shades summary(Matrix matrix, Language language) {
		int total = matrix.provisions().size();
		List<Shades.State> states = new ArrayList<>();
		for (String code : matrix.states()) {
			long done = matrix.row(code)
				.stream()
				.filter((cell) -> cell.status() == Status.TRANSPOSED || cell.status() == Status.GOES_FURTHER)
				.count();
			int percent = (total == 0) ? 0 : (int) (done * 100 / total);
			String words = text("advocacy.maps.share.words", language, done, total, percent);
			states.add(state(code, "SHARE_" + band(percent), words, language));
		}
		Map<String, Long> counts = counts(states);
		List<Shades.Key> legend = new ArrayList<>();
		for (int band = BANDS.length - 1; band >= 0; band--) {
			legend.add(new Shades.Key("SHARE_" + band, text("advocacy.maps.share.SHARE_" + band, language),
					counts.getOrDefault("SHARE_" + band, 0L)));
		}
		return new Shades(
				text("advocacy.maps.summary.title", language, matrix.instrument().shortTitle(language),
						day(matrix, language)),
				text("advocacy.maps.summary.description", language, total), states, legend);
	}

	private Shades.State state(String code, String shade, String words, Language language) {
		String name = MemberStates.name(code, language);
		return new Shades.State(code, name, shade, words, AdvocacyPaths.country(language, code),
				text("advocacy.maps.state.title", language, name, words));
	}

	private static int band(int percent) {
		int band = 0;
		for (int i = 0; i < BANDS.length; i++) {
			if (percent >= BANDS[i]) {
				band = i;
			}
		}
		return band;
	}

	private static Map<String, Long> counts(List<Shades.State> states) {
		return states.stream().collect(Collectors.groupingBy(Shades.State::shade, Collectors.counting()));
	}

	private String text(String key, Language language, Object... args) {
		return this.messages.getMessage(key, args, language.locale());
	}

	private static String day(Matrix matrix, Language language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(matrix.asOf());
	}

}
