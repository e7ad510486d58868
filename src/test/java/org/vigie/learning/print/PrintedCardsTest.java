package org.vigie.learning.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.SiteClient;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.Poppler;
import org.vigie.learning.decks.DeckStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable cards, read back by poppler as a printer would see them: pages, cards on
 * each page, backs behind their fronts, accents, and images that are not blank.
 */
@LearningTest
class PrintedCardsTest {

	@Autowired
	private SiteClient client;

	@Autowired
	private DeckStore decks;

	@Autowired
	private Environment environment;

	@Autowired
	private PrintingSlots slots;

	@TempDir
	private Path directory;

	@BeforeEach
	void decks() {
		LearningFixtures.trialDeck(this.decks);
		PrintDecks.accents(this.decks);
	}

	@Test
	void trialDeckPrintsOnePageOfFrontsAndOneOfBacks() throws IOException {
		HttpResponse<byte[]> response = this.client.getBytes("/en/cards/trial/print.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"trial-en.pdf\"");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		Path pdf = save(response.body());
		assertThat(Poppler.pages(pdf)).isEqualTo(2);
		assertThat(Poppler.text(pdf, 1)).contains("Card 1 prompt <b>not bold</b>", "True or false?", "True", "False",
				"A.", "Card 2 option C");
		assertThat(Poppler.text(pdf, 2)).contains("Right answer", "Card 6 explanation.", "Card 1 reflex.", "/en/report",
				"/en/cards/trial");
	}

	@Test
	void seventeenCardsTakeThreeSheetsOfEightCardsEach() throws IOException {
		Path pdf = save(this.client.getBytes("/en/cards/print-accents/print.pdf").body());
		assertThat(Poppler.pages(pdf)).isEqualTo(6);
		for (int page = 0; page < 3; page++) {
			for (int place = 0; place < 8; place++) {
				int card = page * 8 + place + 1;
				String front = cell(pdf, 2 * page + 1, place, false);
				if (card <= 17) {
					assertThat(front).as("front of card %d", card).contains(PrintDecks.marker('Q', card));
					assertThat(cell(pdf, 2 * page + 2, place, true)).as("back of card %d", card)
						.contains(PrintDecks.marker('R', card));
				}
				else {
					assertThat(front.strip()).as("place %d of the last sheet", place).isEmpty();
				}
			}
		}
	}

	@Test
	void backsAreMirroredForPrintingOnBothSides() throws IOException {
		Path pdf = save(this.client.getBytes("/en/cards/trial/print.pdf").body());
		// Front: card 1 top left, card 2 top right; back, turned over the long edge:
		// swapped.
		assertThat(region(pdf, 1, 0, 0)).contains("Card 1 prompt").doesNotContain("Card 2 prompt");
		assertThat(region(pdf, 1, 0, 1)).contains("Card 2 prompt");
		assertThat(region(pdf, 2, 0, 1)).contains("Card 1 explanation.").doesNotContain("Card 2 explanation.");
		assertThat(region(pdf, 2, 0, 0)).contains("Card 2 explanation.");
		assertThat(region(pdf, 2, 2, 1)).contains("Card 5 explanation.");
	}

	@Test
	void everyLanguagePrintsItsAccents() throws IOException {
		String french = Poppler.text(save(this.client.getBytes("/fr/cartes/impression-accents/print.pdf").body()), 1);
		assertThat(french).contains("Réflexes à l’étranger", "«", "»", "faites-vous", "Quelle est la bonne réponse ?",
				"Prévenir la réception");
		Path dutch = save(this.client.getBytes("/nl/kaarten/afdruk-accenten/print.pdf").body());
		assertThat(Poppler.text(dutch, 1)).contains("Reflexen in België", "ideeën");
		assertThat(Poppler.text(dutch, 2)).contains("Juist antwoord", "De reflex:");
		String english = Poppler.text(save(this.client.getBytes("/en/cards/print-accents/print.pdf").body()), 2);
		assertThat(english).contains("Café reflexes", "naïve");
	}

	@Test
	void everyPageRendersToAnImageWithInk() throws IOException {
		Path pdf = save(this.client.getBytes("/en/cards/print-accents/print.pdf").body());
		List<BufferedImage> images = Poppler.images(pdf, Files.createDirectory(this.directory.resolve("pages")));
		assertThat(images).hasSize(6);
		for (BufferedImage image : images) {
			assertThat(image.getWidth()).isLessThan(image.getHeight());
			assertThat(inkedShare(image)).isBetween(0.005, 0.5);
		}
	}

	@Test
	void downloadsHoldNothingOfTheLearner() throws IOException {
		Learner learner = new Learner(this.environment.getRequiredProperty("local.server.port", Integer.class));
		learner.answer("/en/cards/trial/study", 1);
		String cookie = "vigie_cards=" + learner.deviceCookie().orElseThrow().getValue();
		HttpResponse<byte[]> theirs = this.client.getBytes("/en/cards/trial/print.pdf", "Cookie", cookie);
		assertThat(theirs.headers().firstValue("Set-Cookie")).isEmpty();
		Path pdf = save(theirs.body());
		Path anonymous = save(this.client.getBytes("/en/cards/trial/print.pdf").body());
		assertThat(Poppler.text(pdf, 1) + Poppler.text(pdf, 2))
			.isEqualTo(Poppler.text(anonymous, 1) + Poppler.text(anonymous, 2));
	}

	@Test
	void onlyPublishedDecksHaveDownloads() {
		PrintDecks.hidden(this.decks);
		for (String path : List.of("/en/cards/hidden-print/print.pdf", "/en/cards/hidden-print/anki.txt",
				"/en/cards/no-such-deck/print.pdf", "/fr/cartes/no-such-deck/anki.txt", "/fr/cartes/trial/print.pdf",
				"/en/cards/trial/print.PDF")) {
			assertThat(this.client.getBytes(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void busyPrintersAskToComeBackInsteadOfPilingUp() {
		List<Boolean> taken = new java.util.ArrayList<>();
		try {
			while (this.slots.take()) {
				taken.add(true);
			}
			assertThat(taken).isNotEmpty();
			assertThat(this.client.getBytes("/en/cards/trial/print.pdf").statusCode()).isEqualTo(503);
			assertThat(this.client.get("/en/cards/trial/anki.txt").statusCode()).isEqualTo(200);
		}
		finally {
			taken.forEach((slot) -> this.slots.release());
		}
		assertThat(this.client.getBytes("/en/cards/trial/print.pdf").statusCode()).isEqualTo(200);
	}

	@Test
	void deckPageLinksToBothDownloads() {
		var page = this.client.page("/nl/kaarten/proef");
		assertThat(page.select("a[data-download=pdf]").attr("href")).isEqualTo("/nl/kaarten/proef/print.pdf");
		assertThat(page.select("a[data-download=anki]").attr("href")).isEqualTo("/nl/kaarten/proef/anki.txt");
		assertThat(page.select(".deck-downloads h2").text()).isEqualTo("Neem de kaarten mee");
	}

	/** The text of card {@code place} of a page: mirrored places on a back. */
	private static String cell(Path pdf, int page, int place, boolean back) {
		int row = place / 2;
		int column = back ? 1 - place % 2 : place % 2;
		return region(pdf, page, row, column);
	}

	private static String region(Path pdf, int page, int row, int column) {
		float width = (SheetGrid.PAGE.getWidth() - 2 * SheetGrid.MARGIN) / 2;
		float height = (SheetGrid.PAGE.getHeight() - 2 * SheetGrid.MARGIN) / 4;
		return Poppler.text(pdf, page, SheetGrid.MARGIN + column * width + 2, SheetGrid.MARGIN + row * height + 2,
				width - 4, height - 4);
	}

	private static double inkedShare(BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

	/** The PDF in a file for poppler, which the tests reading it need. */
	private Path save(byte[] pdf) throws IOException {
		Poppler.require();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return Files.write(Files.createTempFile(this.directory, "cards", ".pdf"), pdf);
	}

}
