package org.vigie.content.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A readable difference between two versions of a text: the body is reduced to its
 * paragraphs, headings and list items, one per line, and changed lines show the words
 * removed and added.
 */
public final class RevisionDiff {

	private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
			"figcaption", "td", "th", "caption", "div");

	private static final char DEL_START = '\u0001';

	private static final char DEL_END = '\u0002';

	private static final char INS_START = '\u0003';

	private static final char INS_END = '\u0004';

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.mergeOriginalRevised(true)
		.lineNormalizer((line) -> line)
		.oldTag((start) -> String.valueOf(start ? DEL_START : DEL_END))
		.newTag((start) -> String.valueOf(start ? INS_START : INS_END))
		.build();

	private RevisionDiff() {
	}

	/** A line of the difference: unchanged, or with removed and added pieces. */
	public record Line(String kind, List<Piece> pieces) {

		public boolean changed() {
			return !"same".equals(this.kind);
		}

	}

	/** A piece of a line: {@code same}, {@code removed} or {@code added} text. */
	public record Piece(String kind, String text) {
	}

	/** The differences of title, summary and body between a revision and the item now. */
	static java.util.Map<String, List<Line>> all(org.vigie.content.store.Revision revision,
			org.vigie.content.store.Editable now) {
		java.util.Map<String, List<Line>> diffs = new java.util.LinkedHashMap<>();
		diffs.put("title", of(revision.getTitle(), now.getTitle()));
		diffs.put("summary", of(revision.getSummary(), now.getSummary()));
		diffs.put("body", of(revision.getBody(), now.getBody()));
		return diffs;
	}

	static List<Line> of(String before, String after) {
		List<Line> lines = new ArrayList<>();
		for (DiffRow row : GENERATOR.generateDiffRows(lines(before), lines(after))) {
			String kind = switch (row.getTag()) {
				case INSERT -> "added";
				case DELETE -> "removed";
				case CHANGE -> "changed";
				default -> "same";
			};
			lines.add(new Line(kind, pieces(row.getOldLine())));
		}
		return lines;
	}

	/** The text of a body, one block per line. */
	static List<String> lines(String html) {
		List<String> lines = new ArrayList<>();
		if (html == null || html.isBlank()) {
			return lines;
		}
		StringBuilder current = new StringBuilder();
		collect(Jsoup.parseBodyFragment(html).body(), lines, current);
		flush(current, lines);
		return lines;
	}

	private static void collect(Element element, List<String> lines, StringBuilder current) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				current.append(text.text());
			}
			else if (child instanceof Element inner) {
				boolean block = BLOCKS.contains(inner.normalName());
				if (block) {
					flush(current, lines);
				}
				if ("br".equals(inner.normalName())) {
					flush(current, lines);
				}
				else if ("img".equals(inner.normalName())) {
					current.append("[").append(inner.attr("alt")).append("]");
				}
				else if ("iframe".equals(inner.normalName())) {
					current.append("[").append(inner.attr("src")).append("]");
				}
				collect(inner, lines, current);
				if (block) {
					String prefix = inner.normalName().matches("h[1-6]")
							? "#".repeat(inner.normalName().charAt(1) - '0') + " "
							: "li".equals(inner.normalName()) ? "• " : "";
					if (!current.isEmpty() && !prefix.isEmpty()) {
						current.insert(0, prefix);
					}
					flush(current, lines);
				}
			}
		}
	}

	private static void flush(StringBuilder current, List<String> lines) {
		String line = current.toString().strip();
		if (!line.isEmpty()) {
			lines.add(line);
		}
		current.setLength(0);
	}

	private static List<Piece> pieces(String marked) {
		List<Piece> pieces = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		String kind = "same";
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			String next = switch (c) {
				case DEL_START -> "removed";
				case INS_START -> "added";
				case DEL_END, INS_END -> "same";
				default -> null;
			};
			if (next == null) {
				text.append(c);
				continue;
			}
			if (!text.isEmpty()) {
				pieces.add(new Piece(kind, text.toString()));
				text.setLength(0);
			}
			kind = next;
		}
		if (!text.isEmpty()) {
			pieces.add(new Piece(kind, text.toString()));
		}
		return pieces;
	}

}
