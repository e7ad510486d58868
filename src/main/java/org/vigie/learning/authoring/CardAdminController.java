package org.vigie.learning.authoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.StaffIdentity;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.DeckRules;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A deck's cards: the list in order with the languages that lag behind, and a card's form
 * with its words in the three languages side by side. The form's preview button shows the
 * card as learners will see it in each language and stores nothing; its save button
 * stores the whole deck again with the card changed.
 */
@Controller
@RequestMapping(DeckPaths.BASE + "/{deck}/cards")
class CardAdminController {

	private final DeckStore decks;

	private final DeckEditing editing;

	private final CardTranslations translations;

	private final CardPreview preview;

	private final ProblemMessages problems;

	CardAdminController(DeckStore decks, DeckEditing editing, CardTranslations translations, CardPreview preview,
			ProblemMessages problems) {
		this.decks = decks;
		this.editing = editing;
		this.translations = translations;
		this.preview = preview;
		this.problems = problems;
	}

	@GetMapping
	String list(@PathVariable String deck, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		Map<UUID, Set<Language>> older = this.translations.older(stored.id());
		List<StudyCard> cards = this.decks.cards(stored.id());
		List<CardRow> rows = cards.stream()
			.map((card) -> new CardRow(card.id(), card.key(), card.kind(), card.text(me.language()).prompt(),
					Language.all().stream().filter(older.getOrDefault(card.id(), Set.of())::contains).toList()))
			.toList();
		model.addAttribute("deck", stored);
		model.addAttribute("title", stored.text(me.language()).title());
		model.addAttribute("cards", rows);
		model.addAttribute("done", DeckAdminController.done(done));
		return "learning/authoring/cards";
	}

	@GetMapping("/new")
	String newCard(@PathVariable String deck, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		return form(stored, null, CardForm.empty(), List.of(), false, me, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String deck, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		CardForm form = CardForm.from(fields, null);
		return submit(stored, null, form, "preview".equals(fields.get("action")), me, response, model);
	}

	@GetMapping("/{card}")
	String edit(@PathVariable String deck, @PathVariable String card, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		StudyCard current = card(stored, card);
		return form(stored, current, CardForm.of(current), List.of(), false, me, model);
	}

	@PostMapping("/{card}")
	String update(@PathVariable String deck, @PathVariable String card, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		StudyCard current = card(stored, card);
		CardForm form = CardForm.from(fields, current.key());
		return submit(stored, current, form, "preview".equals(fields.get("action")), me, response, model);
	}

	@PostMapping("/{card}/retire")
	String retire(@PathVariable String deck, @PathVariable String card, @AuthenticationPrincipal StaffIdentity me) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		this.editing.retire(stored, card(stored, card), me);
		return "redirect:" + DeckPaths.cards(stored.id()) + "?done=retired";
	}

	@PostMapping("/{card}/move")
	String move(@PathVariable String deck, @PathVariable String card, @RequestParam(required = false) String direction,
			@AuthenticationPrincipal StaffIdentity me) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.editing.move(stored, card(stored, card), "up".equals(direction) ? -1 : 1, me);
		return "redirect:" + DeckPaths.cards(stored.id()) + "?done=moved";
	}

	private String submit(Deck deck, StudyCard current, CardForm form, boolean previewOnly, StaffIdentity me,
			HttpServletResponse response, Model model) {
		try {
			CardDefinition card = form.definition();
			if (previewOnly) {
				DeckRules.check(Definitions.withCard(this.editing.definition(deck), card));
				return form(deck, current, form, List.of(), true, me, model);
			}
			this.editing.saveCard(deck, card, current == null, me);
			return "redirect:" + DeckPaths.cards(deck.id()) + "?done=saved";
		}
		catch (DeckRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(deck, current, form, this.problems.of(refused, me.language().locale()), previewOnly, me, model);
		}
	}

	private String form(Deck deck, StudyCard current, CardForm form, List<String> problems, boolean showPreview,
			StaffIdentity me, Model model) {
		model.addAttribute("deck", deck);
		model.addAttribute("title", deck.text(me.language()).title());
		model.addAttribute("card", current);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", CardKind.values());
		model.addAttribute("missing", form.missingLanguages());
		model.addAttribute("older",
				(current != null) ? this.translations.olderOf(deck.id(), current.id()) : List.<Language>of());
		model.addAttribute("previews", showPreview ? this.preview.of(form) : List.of());
		model.addAttribute("action",
				(current != null) ? DeckPaths.card(deck.id(), current.id()) : DeckPaths.cards(deck.id()) + "/new");
		return "learning/authoring/card";
	}

	private StudyCard card(Deck deck, String id) {
		return DeckPaths.id(id)
			.flatMap((cardId) -> this.decks.card(deck.id(), cardId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A card on the deck's list.
	 *
	 * @param id its id
	 * @param key its key
	 * @param kind its kind
	 * @param prompt its prompt in the trainer's language
	 * @param older the languages whose words are older than its latest change
	 */
	record CardRow(UUID id, String key, CardKind kind, String prompt, List<Language> older) {
	}

}
