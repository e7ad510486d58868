package org.vigie.mobilisation.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * Confirming a pledge ({@code PLEDGE} links): the first confirmation makes it count,
 * confirms in the ledger what the person was asked, and publishes
 * {@link PledgeConfirmed}; any later one changes nothing. Either way the person lands on
 * their share kit.
 */
@Component("mobilisation.campaigns.PledgeConfirmation")
class PledgeConfirmation implements ConfirmationHandler {

	static final String KIND = "PLEDGE";

	private static final List<Purpose> PURPOSES = List.of(Purpose.PARTICIPATION, Purpose.PUBLIC_WALL,
			Purpose.CAMPAIGN_NEWS);

	private final Pledges pledges;

	private final CampaignStore campaigns;

	private final ConsentLedger ledger;

	private final Counter counter;

	private final KitLinks kits;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	PledgeConfirmation(Pledges pledges, CampaignStore campaigns, ConsentLedger ledger, Counter counter, KitLinks kits,
			ApplicationEventPublisher events, MessageSource messages) {
		this.pledges = pledges;
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.counter = counter;
		this.kits = kits;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
		Optional<Pledge> found = this.pledges.byId(subjectId).filter((pledge) -> pledge.personId().equals(personId));
		Optional<Campaign> campaign = found.flatMap((pledge) -> this.campaigns.byId(pledge.campaignId()));
		if (found.isEmpty() || campaign.isEmpty()) {
			return ActPaths.act(language);
		}
		Pledge pledge = found.get();
		if (this.pledges.confirm(pledge.id(), now)) {
			for (Purpose purpose : PURPOSES) {
				this.ledger.last(personId, purpose, campaign.get().subject())
					.filter((entry) -> entry.event() == ConsentEntry.Event.REQUESTED)
					.ifPresent((entry) -> this.ledger.confirmed(personId, purpose, campaign.get().subject(),
							entry.wording(), entry.language(), now));
			}
			this.events.publishEvent(
					new PledgeConfirmed(pledge.id(), pledge.campaignId(), campaign.get().key(), pledge.country(), now));
			afterCommit(() -> this.counter.changed(pledge.campaignId()));
		}
		return CampaignPaths.kit(language, campaign.get(), this.kits.key(pledge.id()));
	}

	@Override
	public String describe(UUID subjectId, Language language) {
		String title = this.pledges.byId(subjectId)
			.flatMap((pledge) -> this.campaigns.byId(pledge.campaignId()))
			.map((campaign) -> campaign.text(language).title())
			.orElse("");
		return this.messages.getMessage("mobilisation.campaigns.confirm.what", new Object[] { title },
				language.locale());
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
