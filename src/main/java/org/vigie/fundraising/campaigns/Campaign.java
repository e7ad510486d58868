package org.vigie.fundraising.campaigns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A fundraising campaign. It holds no figure of money received: totals and donors are
 * always computed from the ledger.
 *
 * @param id the campaign
 * @param key a stable name, for imports and the demo content
 * @param kind an appeal, or an event runners open pages under
 * @param goalCents the goal in euro cents
 * @param opensOn the first day gifts are taken
 * @param closesOn the last day gifts are taken, or {@code null} when it has no deadline
 * @param keepItAll whether gifts are kept when the goal is not reached (the default; the
 * alternative, all-or-nothing, refunds every gift then)
 * @param deductible whether its gifts give right to a tax certificate
 * @param published whether the public sees it
 * @param position its place in the list
 * @param texts its texts in every language
 * @param stretchGoals further goals, in increasing order
 */
public record Campaign(UUID id, String key, CampaignKind kind, long goalCents, LocalDate opensOn, LocalDate closesOn,
		boolean keepItAll, boolean deductible, boolean published, int position, Map<Language, CampaignText> texts,
		List<StretchGoal> stretchGoals) {

	public Campaign {
		texts = Map.copyOf(texts);
		stretchGoals = stretchGoals.stream().sorted(Comparator.comparingLong(StretchGoal::amountCents)).toList();
	}

	public CampaignText text(Language language) {
		return this.texts.get(language);
	}

	/** Whether gifts are taken on that day. */
	public boolean isOpenOn(LocalDate day) {
		return this.published && !day.isBefore(this.opensOn) && (this.closesOn == null || !day.isAfter(this.closesOn));
	}

	/** Whether its deadline has passed on that day. */
	public boolean isFinishedOn(LocalDate day) {
		return this.closesOn != null && day.isAfter(this.closesOn);
	}

	/**
	 * The days left to give, counting the last day, or {@code -1} when there is no
	 * deadline.
	 */
	public long daysLeftOn(LocalDate day) {
		if (this.closesOn == null) {
			return -1;
		}
		if (day.isAfter(this.closesOn)) {
			return 0;
		}
		return java.time.temporal.ChronoUnit.DAYS.between(day.isBefore(this.opensOn) ? this.opensOn : day,
				this.closesOn) + 1;
	}

}
