package org.vigie.reporting.handover.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.handover.OrganisationKey;
import org.vigie.reporting.handover.PoliceUnits;
import org.vigie.reporting.handover.UnitKey;
import org.vigie.reporting.handover.UnitKeyRefused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The police units page: the organisation's signing key (its fingerprint to read out to
 * each unit, its public key to send them), the units with their keys' fingerprints,
 * adding a unit and disabling one.
 */
@Controller
@RequestMapping(UnitsController.PATH)
class UnitsController {

	static final String PATH = "/admin/reporting-settings/units";

	private final PoliceUnits units;

	private final OrganisationKey organisationKey;

	UnitsController(PoliceUnits units, OrganisationKey organisationKey) {
		this.units = units;
		this.organisationKey = organisationKey;
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, @RequestParam(required = false) String problem,
			Model model) {
		model.addAttribute("units", this.units.all());
		model.addAttribute("organisationFingerprint", UnitKey.spaced(this.organisationKey.fingerprint()));
		model.addAttribute("done", (done != null && done.matches("added|disabled")) ? done : null);
		model.addAttribute("problem", "tooLarge".equals(problem) ? "handover.key.refused.TOO_LARGE" : null);
		model.addAttribute("maxName", PoliceUnits.MAX_NAME);
		model.addAttribute("maxContact", PoliceUnits.MAX_CONTACT);
		return "reporting/handover/units";
	}

	@PostMapping
	String add(@ModelAttribute UnitForm form, @AuthenticationPrincipal StaffIdentity me, Model model)
			throws IOException {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!fits(form.name(), PoliceUnits.MAX_NAME)) {
			problems.put("name", "handover.unit.problem.name");
		}
		if (!fits(form.contact(), PoliceUnits.MAX_CONTACT)) {
			problems.put("contact", "handover.unit.problem.contact");
		}
		String key = null;
		try {
			key = form.keyText();
			this.units.check(key);
		}
		catch (UnitKeyRefused ex) {
			problems.put("key", ex.messageKey());
		}
		if (problems.isEmpty()) {
			long id = this.units.add(form.name(), form.contact(), key, me).getId();
			return "redirect:" + PATH + "?done=added#unit-" + id;
		}
		model.addAttribute("problems", problems);
		model.addAttribute("form", new UnitForm(clip(form.name(), PoliceUnits.MAX_NAME),
				clip(form.contact(), PoliceUnits.MAX_CONTACT), null, null));
		return list(null, null, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me) {
		this.units.disable(id, me);
		return "redirect:" + PATH + "?done=disabled";
	}

	/** The organisation's public key, to send to each unit. */
	@GetMapping("/organisation-key.asc")
	ResponseEntity<byte[]> organisationKey() {
		return ResponseEntity.status(HttpStatus.OK)
			.contentType(MediaType.parseMediaType("application/pgp-keys"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("organisation-handover-key.asc").build().toString())
			.body(this.organisationKey.publicKey().getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean fits(String text, int max) {
		return text != null && !text.isBlank() && text.strip().length() <= max
				&& text.strip().chars().noneMatch(Character::isISOControl);
	}

	private static String clip(String text, int max) {
		return (text == null) ? null : text.substring(0, Math.min(text.length(), max));
	}

}
