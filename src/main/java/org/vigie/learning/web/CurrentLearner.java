package org.vigie.learning.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.learners.LearnerCookie;
import org.vigie.learning.learners.Learners;

import org.springframework.stereotype.Component;

/**
 * The learner a request comes from, by the device key in its cookie, and the cookie given
 * to a new learner or renewed for a known one. The cookie is written for each language's
 * cards, so a learner keeps their progress when they switch language.
 */
@Component
public class CurrentLearner {

	private final Learners learners;

	CurrentLearner(Learners learners) {
		this.learners = learners;
	}

	/** The learner whose device sent the request, if it is one. */
	public Optional<UUID> of(HttpServletRequest request) {
		return LearnerCookie.read(request).flatMap(this.learners::byDeviceKey);
	}

	/** Gives or renews the device key, for every language's cards. */
	public void keep(HttpServletResponse response, HttpServletRequest request, String deviceKey) {
		for (String base : CardsPaths.bases()) {
			LearnerCookie.write(response, deviceKey, base, request.isSecure());
		}
	}

	/** Renews the cookie a request carried, so that it lasts as long as it is used. */
	public void renew(HttpServletRequest request, HttpServletResponse response) {
		LearnerCookie.read(request).ifPresent((key) -> keep(response, request, key));
	}

}
