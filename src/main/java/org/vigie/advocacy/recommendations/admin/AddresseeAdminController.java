package org.vigie.advocacy.recommendations.admin;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.recommendations.AddresseeDraft;
import org.vigie.advocacy.recommendations.AddresseeStore;
import org.vigie.advocacy.recommendations.Branch;
import org.vigie.advocacy.recommendations.RecommendationProblem;
import org.vigie.advocacy.recommendations.RecommendationsAudit;
import org.vigie.advocacy.recommendations.Tier;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

/**
 * The small table of addressees: the roles (parliaments, governments, administrations) at
 * each level that recommendations are addressed to. Their code never changes (filters and
 * the dataset use it); their level, kind and names may.
 */
@Controller
class AddresseeAdminController {

	private static final String PATH = RecommendationAdminController.PATH + "/addressees";

	private final AddresseeStore addressees;

	private final AuditTrail audit;

	AddresseeAdminController(AddresseeStore addressees, AuditTrail audit) {
		this.addressees = addressees;
		this.audit = audit;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("addressees", this.addressees.all());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("branches", Branch.values());
		return "advocacy/recommendations/admin/addressees";
	}

	@PostMapping(PATH)
	String add(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		try {
			AddresseeDraft draft = RecommendationForms.addressee(RecommendationForms.values(fields));
			this.addressees.add(draft, false);
			this.audit.record(RecommendationsAudit.ADDRESSEE, me.email(), "addressee:" + draft.code(), "added");
			return "redirect:" + PATH;
		}
		catch (RecommendationProblem problem) {
			return refused(response, model, problem);
		}
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		UUID addressee;
		try {
			addressee = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String code = this.addressees.byId(addressee)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.code();
		try {
			Map<String, String> kept = new java.util.HashMap<>(fields);
			kept.put("code", code);
			this.addressees.update(addressee, RecommendationForms.addressee(RecommendationForms.values(kept)));
			this.audit.record(RecommendationsAudit.ADDRESSEE, me.email(), "addressee:" + code, "changed");
			return "redirect:" + PATH;
		}
		catch (RecommendationProblem problem) {
			return refused(response, model, problem);
		}
	}

	private String refused(HttpServletResponse response, Model model, RecommendationProblem problem) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", problem);
		return list(model);
	}

}
