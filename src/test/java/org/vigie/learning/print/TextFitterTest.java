package org.vigie.learning.print;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitting paragraphs into a box, with a font whose every character is half as wide as its
 * size.
 */
class TextFitterTest {

	private static final TextFitter.Measure HALF = (text, bold, size) -> text.codePointCount(0, text.length()) * size
			/ 2;

	private final TextFitter fitter = new TextFitter(HALF);

	@Test
	void keepsTheSizesWhenTheTextFits() {
		List<TextFitter.PlacedLine> lines = this.fitter.fit(List.of(TextBlock.of("one two three", 10, 0)), 100, 100);
		assertThat(lines).extracting(TextFitter.PlacedLine::text).containsExactly("one two three");
		assertThat(lines.getFirst().size()).isEqualTo(10f);
	}

	@Test
	void wrapsBetweenWordsAndInsideWordsTooLongForALine() {
		List<TextFitter.PlacedLine> lines = this.fitter.fit(List.of(TextBlock.of("aaaa bbbb\ncccccccccccc", 10, 0)), 40,
				100);
		assertThat(lines).extracting(TextFitter.PlacedLine::text).containsExactly("aaaa", "bbbb", "cccccccc", "cccc");
	}

	@Test
	void shrinksBeforeCutting() {
		String text = "word ".repeat(30).strip();
		List<TextFitter.PlacedLine> lines = this.fitter.fit(List.of(TextBlock.of(text, 10, 0)), 100, 60);
		assertThat(lines.getFirst().size()).isLessThan(10f).isGreaterThanOrEqualTo(TextFitter.MIN_SIZE);
		assertThat(String.join(" ", lines.stream().map(TextFitter.PlacedLine::text).toList())).isEqualTo(text);
		assertThat(bottom(lines)).isLessThanOrEqualTo(60f);
	}

	@Test
	void cutsTheLongestParagraphFirstWithAnEllipsis() {
		List<TextBlock> blocks = List.of(TextBlock.of("short title", 8, 0), TextBlock.of("long ".repeat(400), 10, 4),
				TextBlock.of("reflex kept", 9, 4));
		List<TextFitter.PlacedLine> lines = this.fitter.fit(blocks, 100, 80);
		assertThat(lines).extracting(TextFitter.PlacedLine::text).contains("short title", "reflex kept");
		assertThat(lines).anySatisfy((line) -> assertThat(line.text()).endsWith("…"));
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.size()).isEqualTo(TextFitter.MIN_SIZE);
			assertThat(line.x() + HALF.width(line.text(), line.bold(), line.size())).isLessThanOrEqualTo(100f);
		});
		assertThat(bottom(lines)).isLessThanOrEqualTo(80f);
	}

	@Test
	void dropsLastParagraphsWhenEvenOneLineEachIsTooMuch() {
		List<TextBlock> blocks = List.of(TextBlock.of("a", 10, 0), TextBlock.of("b", 10, 0), TextBlock.of("c", 10, 0));
		List<TextFitter.PlacedLine> lines = this.fitter.fit(blocks, 100, 2 * TextFitter.MIN_SIZE * TextFitter.LEADING);
		assertThat(lines).extracting(TextFitter.PlacedLine::text).containsExactly("a", "b");
	}

	@Test
	void hangsLinesAfterALabel() {
		List<TextFitter.PlacedLine> lines = this.fitter.fit(List.of(TextBlock.of("aaaa bbbb", 10, 0).labelled("B.")),
				55, 100);
		assertThat(lines).extracting(TextFitter.PlacedLine::text).containsExactly("B.", "aaaa", "bbbb");
		assertThat(lines.get(1).x()).isEqualTo(15f);
		assertThat(lines.get(2).x()).isEqualTo(15f);
	}

	private static float bottom(List<TextFitter.PlacedLine> lines) {
		TextFitter.PlacedLine last = lines.getLast();
		return last.baseline() - last.size() * TextFitter.ASCENT + last.size() * TextFitter.LEADING;
	}

}
