package org.vigie.fundraising.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.FundraisingPermissions;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignRefused;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.PageCache;
import org.vigie.site.SiteProperties;

/**
 * A fundraiser's changes to campaigns, stored through {@link CampaignStore} (which checks
 * the rules) with their audit entry in one transaction: a refused change leaves nothing
 * behind. The permission is checked here again, whatever address called.
 */
@Service
class CampaignEditing {

	private final CampaignStore campaigns;

	private final AuditTrail audit;

	private final PageCache pages;

	private final SiteProperties site;

	private final Clock clock;

	CampaignEditing(CampaignStore campaigns, AuditTrail audit, PageCache pages, SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.audit = audit;
		this.pages = pages;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Stores a new campaign ({@code id} {@code null}) or a changed one.
	 * @throws CampaignRefused when it breaks a rule; nothing is stored then
	 */
	@Transactional
	UUID save(UUID id, CampaignForm form, StaffIdentity me) {
		allowed(me);
		Campaign campaign = form.campaign(id);
		UUID saved = this.campaigns.save(campaign, this.clock.instant());
		this.audit.record(FundraisingAudit.CAMPAIGN_SAVED, me.email(), "campaign:" + campaign.key(),
				(id == null) ? "created" : "updated");
		// the home page, cached, shows the open campaigns
		this.pages.evictTagged("home");
		return saved;
	}

	/**
	 * Posts an update in the three languages at once, dated today.
	 * @param texts title and body per language
	 * @throws CampaignRefused when one language's title or body is missing or too long
	 */
	@Transactional
	void postUpdate(Campaign campaign, Map<Language, List<String>> texts, StaffIdentity me) {
		allowed(me);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		for (Language language : Language.all()) {
			List<String> words = texts.get(language);
			this.campaigns.addUpdate(campaign.id(), language, today, words.get(0), words.get(1));
		}
		this.audit.record(FundraisingAudit.CAMPAIGN_SAVED, me.email(), "campaign:" + campaign.key(), "update posted");
	}

	static void allowed(StaffIdentity me) {
		if (me == null || !me.can(FundraisingPermissions.FUNDRAISE)) {
			throw new AccessDeniedException("Needs " + FundraisingPermissions.FUNDRAISE);
		}
	}

}
