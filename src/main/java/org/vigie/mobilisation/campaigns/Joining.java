package org.vigie.mobilisation.campaigns;

import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * A person joins a campaign: their pledge is recorded (or updated while unconfirmed), the
 * consent ledger gets what they were asked with the exact wording, and a confirmation
 * link leaves by email unless their address had its share today. A pledge already
 * confirmed stays as it is and nothing is sent. The caller answers the same in every
 * case.
 */
@Component("mobilisation.campaigns.Joining")
public class Joining {

	private final People people;

	private final Pledges pledges;

	private final ConsentLedger ledger;

	private final Confirmations confirmations;

	private final Wordings wordings;

	private final KitLinks kits;

	private final PrivacyLinks privacy;

	private final SiteProperties site;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	Joining(People people, Pledges pledges, ConsentLedger ledger, Confirmations confirmations, Wordings wordings,
			KitLinks kits, PrivacyLinks privacy, SiteProperties site, MessageSource messages,
			TransactionTemplate transactions) {
		this.people = people;
		this.pledges = pledges;
		this.ledger = ledger;
		this.confirmations = confirmations;
		this.wordings = wordings;
		this.kits = kits;
		this.privacy = privacy;
		this.site = site;
		this.messages = messages;
		this.transactions = transactions;
	}

	/**
	 * Records a person joining.
	 * @param details what they gave, without their person (found here from the address)
	 */
	public void join(Campaign campaign, EmailAddress email, Supporting details, Instant now) {
		Language language = details.language();
		java.util.UUID personId = this.people.person(email, language, now);
		Pledge pledge = this.pledges.record(new Supporting(campaign.id(), personId, details.firstName(), details.city(),
				details.country(), details.onWall(), details.news(), language, details.via()), now);
		if (pledge.confirmed()) {
			return;
		}
		try {
			ask(campaign, email, details, personId, pledge, now);
		}
		catch (DuplicateKeyException ex) {
			// The first sign-ups of a campaign, at the same moment, each store its new
			// wording in the ledger: one wins, the others are rolled back. Once more is
			// enough: the wording is known now.
			ask(campaign, email, details, personId, pledge, now);
		}
	}

	private void ask(Campaign campaign, EmailAddress email, Supporting details, java.util.UUID personId, Pledge pledge,
			Instant now) {
		Language language = details.language();
		this.transactions.executeWithoutResult((status) -> {
			ask(personId, Purpose.PARTICIPATION, campaign, language, now);
			if (details.onWall()) {
				ask(personId, Purpose.PUBLIC_WALL, campaign, language, now);
			}
			if (details.news()) {
				ask(personId, Purpose.CAMPAIGN_NEWS, campaign, language, now);
			}
			this.confirmations.request(PledgeConfirmation.KIND, pledge.id(), personId, email, language,
					(link) -> email(email, campaign, pledge, link, language), now);
		});
	}

	private void ask(java.util.UUID personId, Purpose purpose, Campaign campaign, Language language, Instant now) {
		this.ledger.requested(personId, purpose, campaign.subject(), this.wordings.of(purpose, campaign, language),
				language, now);
	}

	private Email email(EmailAddress to, Campaign campaign, Pledge pledge, String link, Language language) {
		String title = campaign.text(language).title();
		String kit = this.site.absolute(CampaignPaths.kit(language, campaign, this.kits.key(pledge.id())));
		String subject = this.messages.getMessage("mobilisation.campaigns.mail.subject", new Object[] { title },
				language.locale());
		String text = this.messages.getMessage("mobilisation.campaigns.mail.text",
				new Object[] { pledge.firstName(), title, link, kit, this.privacy.link(language, pledge.personId()) },
				language.locale());
		return new Email(to.value(), subject, text);
	}

}
