package org.vigie.learning.print;

/**
 * A deck as a text file Anki imports (Anki 2.1.55 and later read its headers; older
 * versions ask the same questions in their import window): tab-separated, HTML allowed,
 * one note per card with the fields Front, Back and Key. Anki's "Basic" note type has the
 * first two; the key is given as the note's GUID, so importing the file again updates the
 * notes instead of duplicating them. Every text is HTML-escaped, so a card's words are
 * shown exactly as written, never read as markup.
 */
final class AnkiFile {

	private static final char TAB = '\t';

	private AnkiFile() {
	}

	static String of(PrintedDeck deck) {
		StringBuilder file = new StringBuilder();
		file.append("#separator:tab\n");
		file.append("#html:true\n");
		file.append("#notetype:Basic\n");
		file.append("#deck:").append(header(deck.title())).append('\n');
		file.append("#tags:vigie ").append(deck.key()).append('\n');
		file.append("#columns:Front").append(TAB).append("Back").append(TAB).append("Key\n");
		file.append("#guid column:3\n");
		for (PrintedCard card : deck.cards()) {
			file.append(front(card)).append(TAB).append(back(deck, card)).append(TAB).append(guid(deck, card));
			file.append('\n');
		}
		return file.toString();
	}

	private static String front(PrintedCard card) {
		StringBuilder front = new StringBuilder();
		front.append("<p><small>").append(html(card.kind())).append("</small></p>");
		front.append("<p>").append(html(card.prompt())).append("</p><p>");
		for (int i = 0; i < card.options().size(); i++) {
			front.append((i > 0) ? "<br>" : "");
			front.append(card.lettered() ? PrintedCard.letter(i) + ". " : "").append(html(card.options().get(i)));
		}
		return front.append("</p>").toString();
	}

	private static String back(PrintedDeck deck, PrintedCard card) {
		StringBuilder back = new StringBuilder();
		back.append("<p><b>").append(html(deck.labels().answer())).append("</b><br>");
		back.append(html(card.answer())).append("</p>");
		back.append("<p>").append(html(card.explanation())).append("</p>");
		back.append("<p><b>").append(html(deck.labels().reflex())).append("</b> ").append(html(card.reflex()));
		back.append("</p>");
		if (card.reportAddress() != null) {
			back.append("<p>").append(html(deck.labels().report())).append(" <a href=\"");
			back.append(html(card.reportAddress())).append("\">").append(html(card.reportAddress())).append("</a></p>");
		}
		return back.toString();
	}

	/** A note's identity: the same for the same card in the same language. */
	private static String guid(PrintedDeck deck, PrintedCard card) {
		return html("vigie-" + deck.key() + "-" + card.key() + "-" + deck.language().code());
	}

	/**
	 * Text as HTML: markup characters and quotes escaped (a quote could otherwise start a
	 * quoted field), line breaks as {@code <br>
	 * }, tabs and other control characters as spaces so that they never split a note.
	 */
	static String html(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				case '\n' -> html.append("<br>");
				default -> html.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
			}
		});
		return html.toString();
	}

	/** A header's value: one line, no tab. */
	private static String header(String value) {
		return value.replaceAll("[\\p{Cntrl}]", " ").strip();
	}

}
