package org.vigie.learning.print;

import java.nio.charset.StandardCharsets;

import org.vigie.site.Language;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A deck's downloads, below its page: {@code print.pdf} (cards to print and cut) and
 * {@code anki.txt} (for Anki). Only published decks with cards have them; anything else
 * is not found. Like every address under the cards, no cache keeps them
 * ({@code LearningSecurity}).
 */
@Controller
class DownloadsController {

	private final PrintedDecks decks;

	private final CardSheets sheets;

	private final PrintingSlots slots;

	DownloadsController(PrintedDecks decks, CardSheets sheets, PrintingSlots slots) {
		this.decks = decks;
		this.sheets = sheets;
		this.slots = slots;
	}

	@GetMapping({ "/fr/cartes/{slug}/print.pdf", "/nl/kaarten/{slug}/print.pdf", "/en/cards/{slug}/print.pdf" })
	ResponseEntity<byte[]> pdf(Language language, @PathVariable String slug) {
		PrintedDeck deck = deck(language, slug);
		if (!this.slots.take()) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		try {
			return download(this.sheets.pdf(deck), MediaType.APPLICATION_PDF, deck.fileName(".pdf"));
		}
		finally {
			this.slots.release();
		}
	}

	@GetMapping({ "/fr/cartes/{slug}/anki.txt", "/nl/kaarten/{slug}/anki.txt", "/en/cards/{slug}/anki.txt" })
	ResponseEntity<byte[]> anki(Language language, @PathVariable String slug) {
		PrintedDeck deck = deck(language, slug);
		return download(AnkiFile.of(deck).getBytes(StandardCharsets.UTF_8),
				new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8), deck.fileName("-anki.txt"));
	}

	private PrintedDeck deck(Language language, String slug) {
		return this.decks.of(language, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
