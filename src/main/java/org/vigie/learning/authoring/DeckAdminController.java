package org.vigie.learning.authoring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.StaffIdentity;
import org.vigie.learning.decks.Audience;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.DeckStore;
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
 * The list of decks and a deck's own form: key, audience, desired retention, position,
 * publication, and its title, address word and summary in the three languages side by
 * side. A refused form comes back with what was typed and every reason.
 */
@Controller
@RequestMapping(DeckPaths.BASE)
class DeckAdminController {

	/** How far back the list counts answers. */
	static final Duration RECENT = Duration.ofDays(30);

	private final DeckStore decks;

	private final DeckEditing editing;

	private final CardStatistics statistics;

	private final ProblemMessages problems;

	private final Clock clock;

	DeckAdminController(DeckStore decks, DeckEditing editing, CardStatistics statistics, ProblemMessages problems,
			Clock clock) {
		this.decks = decks;
		this.editing = editing;
		this.statistics = statistics;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Map<UUID, Long> answers = this.statistics.answersSince(this.clock.instant().minus(RECENT));
		Language language = me.language();
		List<DeckRow> rows = this.decks.all()
			.stream()
			.map((deck) -> new DeckRow(deck.id(), deck.key(), deck.text(language).title(), deck.published(),
					this.decks.cards(deck.id()).size(), answers.getOrDefault(deck.id(), 0L)))
			.toList();
		model.addAttribute("decks", rows);
		model.addAttribute("done", done(done));
		return "learning/authoring/decks";
	}

	@GetMapping("/new")
	String newDeck(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return form(null, DeckForm.empty(), List.of(), me, model);
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		DeckForm form = DeckForm.from(fields, null);
		try {
			UUID id = this.editing.create(form.definition(List.of()), me);
			return "redirect:" + DeckPaths.deck(id) + "?done=saved";
		}
		catch (DeckRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	@GetMapping("/{deck}")
	String edit(@PathVariable String deck, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Deck stored = deck(this.decks, deck);
		model.addAttribute("done", done(done));
		return form(stored, DeckForm.of(stored), List.of(), me, model);
	}

	@PostMapping("/{deck}")
	String update(@PathVariable String deck, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Deck stored = deck(this.decks, deck);
		DeckForm form = DeckForm.from(fields, stored.key());
		try {
			this.editing.update(stored.id(), form, me);
			return "redirect:" + DeckPaths.deck(stored.id()) + "?done=saved";
		}
		catch (DeckRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(stored, form, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	private String form(Deck deck, DeckForm form, List<String> problems, StaffIdentity me, Model model) {
		model.addAttribute("deck", deck);
		model.addAttribute("title", (deck != null) ? deck.text(me.language()).title() : null);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("action", (deck != null) ? DeckPaths.deck(deck.id()) : DeckPaths.NEW);
		return "learning/authoring/deck";
	}

	/** The deck an address names, or 404. */
	static Deck deck(DeckStore decks, String id) {
		return DeckPaths.id(id)
			.flatMap(decks::deck)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The confirmation to show after a redirect, from a known word only. */
	static String done(String done) {
		return (done != null && done.matches("saved|retired|moved|imported")) ? "authoring.done." + done : null;
	}

	/**
	 * A deck on the list.
	 *
	 * @param id its id
	 * @param key its key
	 * @param title its title in the trainer's language
	 * @param published whether learners see it
	 * @param cards how many cards it has
	 * @param recentAnswers the answers given in the last 30 days
	 */
	record DeckRow(UUID id, String key, String title, boolean published, int cards, long recentAnswers) {
	}

}
