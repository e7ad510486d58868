package org.vigie.learning.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.vigie.learning.scheduler.Card;
import org.vigie.learning.scheduler.CardState;

/**
 * Planning for a departure. Left alone, FSRS spreads a learnt card's reviews so that
 * recall is about the deck's target on the day each is due, whatever day the learner
 * leaves. With a trip date, any learnt card due after the eve of departure is brought
 * forward to that eve: on the day they leave, every card was reviewed the day before, and
 * its recall is the highest the learner can have. After the departure the schedule goes
 * back to its normal course, from the review on the eve.
 *
 * @param departure the day the learner leaves
 * @param zone the zone the day is counted in
 */
public record TripPlan(LocalDate departure, ZoneId zone) {

	/** The hour on the eve from which the last review is due. */
	static final LocalTime BOOSTER_TIME = LocalTime.of(6, 0);

	/** When the last review before departure falls due: the eve, early in the morning. */
	public Instant booster() {
		return this.departure.minusDays(1).atTime(BOOSTER_TIME).atZone(this.zone).toInstant();
	}

	/** The start of the day of departure. */
	public Instant start() {
		return this.departure.atStartOfDay(this.zone).toInstant();
	}

	/**
	 * The card as scheduled with the trip in mind.
	 * @param after the card just reviewed, as the scheduler planned it
	 * @param now the time of the review
	 * @return the card, brought forward to the eve when it would be due after
	 */
	public Card adjust(Card after, Instant now) {
		Instant booster = booster();
		if (after.state() != CardState.REVIEW || !now.isBefore(booster) || !after.due().isAfter(booster)) {
			return after;
		}
		return new Card(after.state(), after.step(), after.memory(), booster, after.lastReview());
	}

}
