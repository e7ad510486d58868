package org.vigie.fundraising.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;

/**
 * What a runner does with their page, with no account: creates it (hidden, with a link
 * emailed to publish it), asks for links to edit their pages (the answer is the same
 * whether the address has a page or not), follows a link once to publish or edit. Each
 * change and its email are one transaction, so an email never leaves for a change that
 * was not kept.
 */
@Service
class PageRequests {

	private final RunnerPages pages;

	private final PageLinks links;

	private final PageEmails emails;

	private final Mailer mailer;

	PageRequests(RunnerPages pages, PageLinks links, PageEmails emails, Mailer mailer) {
		this.pages = pages;
		this.links = links;
		this.emails = emails;
		this.mailer = mailer;
	}

	/**
	 * Creates a hidden page and emails its owner the link that publishes it.
	 * @return the new page, or empty when its slug is taken
	 */
	@Transactional
	public Optional<UUID> create(Campaign campaign, PageForm.Valid valid, Instant now) {
		this.pages.forgetUnpublished(campaign.id(), now.minus(PageLinks.VALIDITY));
		if (this.pages.slugTaken(campaign.id(), valid.slug())) {
			return Optional.empty();
		}
		UUID id = this.pages.create(campaign.id(), valid, now);
		RunnerPage page = this.pages.byId(id).orElseThrow();
		String token = this.links.issue(id, PageLinks.Purpose.PUBLISH, now);
		this.mailer.send(this.emails.publish(valid.email(), campaign, page, token));
		return Optional.of(id);
	}

	/**
	 * Emails the owner of pages under a campaign one link to edit each, unless that page
	 * was sent too many links in the past hour. An unknown address gets nothing, and the
	 * caller answers the same either way.
	 */
	@Transactional
	public void askEdit(Campaign campaign, String email, Language language, Instant now) {
		List<PageEmails.Issued> issued = new ArrayList<>();
		for (RunnerPage page : this.pages.ownedBy(campaign.id(), email)) {
			if (this.links.issuedSince(page.id(), now.minus(Duration.ofHours(1))) < PageLinks.PER_PAGE_PER_HOUR) {
				issued.add(new PageEmails.Issued(page, this.links.issue(page.id(), PageLinks.Purpose.EDIT, now)));
			}
		}
		if (!issued.isEmpty()) {
			this.mailer.send(this.emails.edit(RunnerPages.normalise(email), language, campaign, issued));
		}
	}

	/** The page an unused link would act on, for the page that asks to follow it. */
	@Transactional(readOnly = true)
	public Optional<RunnerPage> peek(String token, PageLinks.Purpose purpose, UUID campaignId, Instant now) {
		return this.links.open(token, purpose, now)
			.flatMap((link) -> this.pages.byId(link.pageId()))
			.filter((page) -> page.campaignId().equals(campaignId));
	}

	/** Publishes a page by its link, once. */
	@Transactional
	public Optional<RunnerPage> publish(String token, UUID campaignId, Instant now) {
		Optional<RunnerPage> page = use(token, PageLinks.Purpose.PUBLISH, campaignId, now);
		page.ifPresent((found) -> this.pages.publish(found.id(), now));
		return page.flatMap((found) -> this.pages.byId(found.id()));
	}

	/** Saves an owner's changes by their link, once. */
	@Transactional
	public Optional<RunnerPage> edit(String token, UUID campaignId, EditForm form, Instant now) {
		Optional<RunnerPage> page = use(token, PageLinks.Purpose.EDIT, campaignId, now);
		page.ifPresent((found) -> this.pages.change(found.id(), form.story(), form.goalCents(), form.hidden(), now));
		return page.flatMap((found) -> this.pages.byId(found.id()));
	}

	private Optional<RunnerPage> use(String token, PageLinks.Purpose purpose, UUID campaignId, Instant now) {
		return this.links.open(token, purpose, now)
			.filter((link) -> this.pages.byId(link.pageId())
				.map((page) -> page.campaignId().equals(campaignId))
				.orElse(false))
			.filter((link) -> this.links.use(link, now))
			.flatMap((link) -> this.pages.byId(link.pageId()));
	}

}
