package org.vigie.learning.authoring;

import java.util.List;
import java.util.Map;

import org.vigie.identity.StaffIdentity;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What trainers learn from the answers: which cards people get wrong most, and whether
 * the recall the schedule predicts is the recall learners show, deck by deck or for all
 * decks together.
 */
@Controller
class CardFiguresController {

	private final DeckStore decks;

	private final CardStatistics statistics;

	private final RecallCalibration calibration;

	CardFiguresController(DeckStore decks, CardStatistics statistics, RecallCalibration calibration) {
		this.decks = decks;
		this.statistics = statistics;
		this.calibration = calibration;
	}

	@GetMapping(DeckPaths.BASE + "/{deck}/statistics")
	String statistics(@PathVariable String deck, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		model.addAttribute("deck", stored);
		model.addAttribute("title", stored.text(me.language()).title());
		model.addAttribute("cards", this.statistics.of(stored.id(), this.decks.cards(stored.id()), me.language()));
		return "learning/authoring/statistics";
	}

	@GetMapping(DeckPaths.BASE + "/{deck}/calibration")
	String calibration(@PathVariable String deck, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Deck stored = DeckAdminController.deck(this.decks, deck);
		return page(List.of(stored), this.calibration.bins(stored.id()), stored, me, model);
	}

	@GetMapping(DeckPaths.CALIBRATION)
	String calibrationOfAll(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return page(this.decks.all(), this.calibration.bins(null), null, me, model);
	}

	private String page(List<Deck> shown, List<RecallCalibration.Bin> bins, Deck deck, StaffIdentity me, Model model) {
		Map<java.util.UUID, RecallCalibration.Retention> achieved = this.calibration.retention();
		model.addAttribute("deck", deck);
		model.addAttribute("title", (deck != null) ? deck.text(me.language()).title() : null);
		model.addAttribute("bins", bins);
		model.addAttribute("chart", CalibrationChart.of(bins));
		model.addAttribute("retention",
				shown.stream()
					.map((one) -> new RetentionRow(one.id(), one.text(me.language()).title(), one.desiredRetention(),
							achieved.get(one.id())))
					.toList());
		return "learning/authoring/calibration";
	}

	/**
	 * A deck's retention achieved against its target.
	 *
	 * @param deck the deck's id
	 * @param title its title
	 * @param target its desired retention
	 * @param achieved the answers to its learnt cards, or {@code null} with none yet
	 */
	record RetentionRow(java.util.UUID deck, String title, double target, RecallCalibration.Retention achieved) {
	}

}
