package org.vigie.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.SiteProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code),
 * or, the first time, enrolling the app by its QR code.
 */
@Controller
@RequestMapping("/admin/two-factor")
class TwoFactorController {

	private static final String ENROLMENT_SECRET = TwoFactorController.class.getName() + ".secret";

	private final TwoFactor twoFactor;

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	private final SiteProperties site;

	TwoFactorController(TwoFactor twoFactor, StaffAccounts accounts, AuditTrail audit, SiteProperties site) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.audit = audit;
		this.site = site;
	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request, Model model) {
		if (!SecondFactorGate.pending(request)) {
			return "redirect:/admin";
		}
		return show(staff, request.getSession(), model, null);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) throws ServletException {
		if (!SecondFactorGate.pending(request)) {
			return "redirect:/admin";
		}
		HttpSession session = request.getSession();
		if (code.length() > 32) {
			return show(staff, session, model, "twoFactor.error.code");
		}
		if (this.twoFactor.isEnrolled(staff.id())) {
			if (this.twoFactor.verify(staff.id(), code)) {
				return signedIn(staff, request, "second factor");
			}
		}
		else {
			String secret = (String) session.getAttribute(ENROLMENT_SECRET);
			Optional<List<String>> recoveryCodes = (secret != null) ? this.twoFactor.enrol(staff.id(), secret, code)
					: Optional.empty();
			if (recoveryCodes.isPresent()) {
				session.removeAttribute(ENROLMENT_SECRET);
				signedIn(staff, request, "second factor enrolled");
				model.addAttribute("codes", recoveryCodes.get());
				return "identity/recovery-codes";
			}
		}
		this.accounts.failedSignIn(staff.email(), "second factor");
		if (this.accounts.isLocked(staff.email())) {
			request.logout();
			request.getSession().invalidate();
			return "redirect:/admin/login?error=locked";
		}
		return show(staff, session, model, "twoFactor.error.code");
	}

	private String show(StaffPrincipal staff, HttpSession session, Model model, String problem) {
		model.addAttribute("problem", problem);
		if (this.twoFactor.isEnrolled(staff.id())) {
			model.addAttribute("enrol", false);
			return "identity/two-factor";
		}
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = this.twoFactor.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("enrol", true);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr",
				QrCodes.svg(TwoFactor.otpauthUri(this.site.name(), staff.email(), secret), "otpauth QR code"));
		return "identity/two-factor";
	}

	private String signedIn(StaffPrincipal staff, HttpServletRequest request, String how) {
		SecondFactorGate.satisfied(request);
		this.audit.record(AuditAction.SIGN_IN, staff.email(), null, how);
		return "redirect:/admin";
	}

}
