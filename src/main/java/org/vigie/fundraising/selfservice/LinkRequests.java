package org.vigie.fundraising.selfservice;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.notifications.Mailer;

/**
 * Donors asking for a link to their page, and following it. Asking answers the same
 * whether the address is known or not, and whatever happens next: a link leaves only for
 * a donor whose gift arrived at least once, at most {@link #LINKS_PER_DONOR_PER_HOUR}
 * times an hour, and the page never says whether one did.
 */
@Service
class LinkRequests {

	/** The most links one donor is sent in an hour, however often they are asked for. */
	static final int LINKS_PER_DONOR_PER_HOUR = 3;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,190}\\.[^@\\s<>\"]{2,}");

	private final Donors donors;

	private final Gifts gifts;

	private final SelfServiceLinks links;

	private final LinkMail mail;

	private final Mailer mailer;

	LinkRequests(Donors donors, Gifts gifts, SelfServiceLinks links, LinkMail mail, Mailer mailer) {
		this.donors = donors;
		this.gifts = gifts;
		this.links = links;
		this.mail = mail;
		this.mailer = mailer;
	}

	/**
	 * Emails a link to the donor with that address, if there is one whose gift arrived
	 * and who was not sent too many already.
	 * @throws SelfServiceRefused when the address is not one
	 */
	@Transactional
	public void ask(String email, Instant now) {
		if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			throw new SelfServiceRefused("email", HttpStatus.UNPROCESSABLE_ENTITY);
		}
		String address = email.strip();
		Optional<Donor> donor = this.donors.byEmail(address)
			.filter(this::gaveOnce)
			.flatMap(this.donors::byId)
			.filter((found) -> !found.erased());
		if (donor.isEmpty() || this.links.issuedSince(donor.get().id(),
				now.minus(Duration.ofHours(1))) >= LINKS_PER_DONOR_PER_HOUR) {
			return;
		}
		String token = this.links.issue(donor.get().id(), now);
		String to = this.donors.email(donor.get().id()).orElse(address);
		this.mailer.send(this.mail.link(to, donor.get(), token));
	}

	/** Whether a link is good to follow, for the page that asks to follow it. */
	@Transactional(readOnly = true)
	public boolean usable(String token, Instant now) {
		return this.links.peek(token, now).isPresent();
	}

	/**
	 * Follows a link, once.
	 * @return the donor whose page it opens
	 * @throws SelfServiceRefused when the link is unknown, used, expired or altered
	 */
	@Transactional
	public UUID follow(String token, Instant now) {
		return this.links.use(token, now)
			.filter((donorId) -> this.donors.byId(donorId).filter((donor) -> !donor.erased()).isPresent())
			.orElseThrow(() -> new SelfServiceRefused("badLink", HttpStatus.BAD_REQUEST));
	}

	private boolean gaveOnce(UUID donorId) {
		return this.gifts.ofDonor(donorId).stream().anyMatch((gift) -> gift.status() == GiftStatus.SETTLED);
	}

}
