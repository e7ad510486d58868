package org.vigie.learning.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.StaffIdentity;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.DeckStore;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A deck as a YAML file, out and in. An imported file is read by {@link DeckFile} with
 * all its guards and stored whole or not at all: a deck with the same key is replaced,
 * its cards keeping their ids (and learners their schedules) by key.
 */
@Controller
class DeckTransferController {

	private final DeckStore decks;

	private final DeckEditing editing;

	private final ProblemMessages problems;

	DeckTransferController(DeckStore decks, DeckEditing editing, ProblemMessages problems) {
		this.decks = decks;
		this.editing = editing;
		this.problems = problems;
	}

	@GetMapping(DeckPaths.BASE + "/{deck}/export")
	ResponseEntity<byte[]> export(@PathVariable String deck) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		byte[] file = DeckExport.yaml(this.editing.definition(stored)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(stored.key() + ".yaml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file);
	}

	@GetMapping(DeckPaths.IMPORT)
	String form(@RequestParam(required = false) String problem, Model model) {
		List<String> shown = "tooLarge".equals(problem) ? List.of("authoring.import.tooLarge") : List.of();
		model.addAttribute("problemKeys", shown);
		model.addAttribute("problems", List.of());
		return "learning/authoring/import";
	}

	@PostMapping(DeckPaths.IMPORT)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) throws IOException {
		model.addAttribute("problemKeys", List.of());
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problemKeys", List.of("authoring.import.empty"));
			model.addAttribute("problems", List.of());
			return "learning/authoring/import";
		}
		try (InputStream in = file.getInputStream()) {
			DeckDefinition deck = DeckFile.read(in);
			UUID id = this.editing.importDeck(deck, me);
			return "redirect:" + DeckPaths.deck(id) + "?done=imported";
		}
		catch (DeckRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", this.problems.of(refused, me.language().locale()));
			return "learning/authoring/import";
		}
	}

}
