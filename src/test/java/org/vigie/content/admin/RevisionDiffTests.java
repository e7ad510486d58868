package org.vigie.content.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTests {

	@Test
	void readsABodyAsParagraphsHeadingsAndListItems() {
		assertThat(RevisionDiff.lines("<h2>Titre</h2><p>Un <strong>texte</strong></p><ul><li>a</li><li>b</li></ul>"))
			.containsExactly("## Titre", "Un texte", "• a", "• b");
		assertThat(RevisionDiff.lines("Texte seul")).containsExactly("Texte seul");
	}

	@Test
	void showsTheWordsRemovedAndAddedInAChangedLine() {
		List<RevisionDiff.Line> lines = RevisionDiff.of("<p>Le chat dort</p><p>Fin</p>",
				"<p>Le chien dort</p><p>Fin</p>");

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).kind()).isEqualTo("changed");
		assertThat(lines.get(0).pieces()).extracting(RevisionDiff.Piece::kind, RevisionDiff.Piece::text)
			.contains(org.assertj.core.groups.Tuple.tuple("removed", "chat"),
					org.assertj.core.groups.Tuple.tuple("added", "chien"));
		assertThat(lines.get(1).changed()).isFalse();
	}

	@Test
	void keepsMarkupAsTextNeverAsHtml() {
		List<RevisionDiff.Line> lines = RevisionDiff.of("a &lt;script&gt;", "b &lt;script&gt;");

		assertThat(lines.get(0).pieces()).extracting(RevisionDiff.Piece::text).anyMatch((t) -> t.contains("<script>"));
	}

}
