package org.vigie.reporting.desk.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small counts are hidden, and a lone small count cannot be worked out by subtraction.
 */
class SuppressionTests {

	@Test
	void countsBelowTheThresholdReadFewerThanIt() {
		List<Cell> cells = Suppression.apply(counts("A", 12, "B", 3, "C", 2, "D", 9), 5);
		assertThat(shown(cells)).containsExactly("A=12", "B:FEWER", "C:FEWER", "D=9");
	}

	@Test
	void aLoneSmallCountHidesTheSmallestOtherToo() {
		List<Cell> cells = Suppression.apply(counts("A", 12, "B", 1, "C", 7, "D", 9), 5);
		assertThat(shown(cells)).containsExactly("A=12", "B:FEWER", "C:HIDDEN", "D=9");
	}

	@Test
	void smallCountsThatTheirSumWouldPinDownHideAnotherToo() {
		List<Cell> cells = Suppression.apply(counts("A", 4, "B", 4, "C", 30), 5);
		assertThat(shown(cells)).containsExactly("A:FEWER", "B:FEWER", "C:HIDDEN");
	}

	@Test
	void zerosAloneNeedNothingMore() {
		List<Cell> cells = Suppression.apply(counts("A", 0, "B", 8, "C", 6), 5);
		assertThat(shown(cells)).containsExactly("A:FEWER", "B=8", "C=6");
	}

	private static Map<String, Long> counts(Object... pairs) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
		}
		return counts;
	}

	private static List<String> shown(List<Cell> cells) {
		return cells.stream()
			.map((c) -> (c.shown() == Cell.Shown.COUNT) ? c.value() + "=" + c.count() : c.value() + ":" + c.shown())
			.toList();
	}

}
