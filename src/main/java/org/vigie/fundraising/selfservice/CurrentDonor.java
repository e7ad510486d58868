package org.vigie.fundraising.selfservice;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;

/**
 * The donor whose page a request may see: named by a genuine, unexpired cookie, and not
 * erased since (erasure closes every page at once, however long its cookie had left).
 */
@Component
class CurrentDonor {

	private final DonorCookie cookie;

	private final Donors donors;

	private final Clock clock;

	CurrentDonor(DonorCookie cookie, Donors donors, Clock clock) {
		this.cookie = cookie;
		this.donors = donors;
		this.clock = clock;
	}

	Optional<Donor> of(HttpServletRequest request) {
		return this.cookie.read(request, this.clock.instant())
			.flatMap(this.donors::byId)
			.filter((donor) -> !donor.erased());
	}

}
