package org.vigie.advocacy.admin;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigie.advocacy.AdvocacyDeclarations;

/**
 * The advocacy officers' entry in the back-office: the module's parts, each with its own
 * pages.
 */
@Controller
class AdvocacyDashboard {

	private final List<AdvocacyArea> areas;

	AdvocacyDashboard(List<AdvocacyArea> areas) {
		this.areas = areas.stream().sorted(Comparator.comparingInt(AdvocacyArea::order)).toList();
	}

	@GetMapping(AdvocacyDeclarations.ADMIN)
	String dashboard(Model model) {
		model.addAttribute("areas", this.areas);
		return "advocacy/admin/dashboard";
	}

}
