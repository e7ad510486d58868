package org.vigie.mobilisation.admin;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The campaigners' entry in the back-office: the module's parts, each with its own pages.
 */
@Controller
class MobilisationDashboard {

	private final List<MobilisationArea> areas;

	MobilisationDashboard(List<MobilisationArea> areas) {
		this.areas = areas.stream().sorted(Comparator.comparingInt(MobilisationArea::order)).toList();
	}

	@GetMapping("/admin/mobilisation")
	String dashboard(Model model) {
		model.addAttribute("areas", this.areas);
		return "mobilisation/admin/dashboard";
	}

}
