package org.vigie.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.vigie.identity.staff.SecondFactorLockout;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.SiteProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in, for every staff role: a code from the authenticator app
 * (or a recovery code), or, the first time, enrolling the app by its QR code. Wrong codes
 * count towards the account's own lock ({@link SecondFactorLockout}); attempts from one
 * address are throttled.
 */
@Controller
@RequestMapping("/admin/two-factor")
class TwoFactorController {

	private static final String ENROLMENT_SECRET = TwoFactorController.class.getName() + ".secret";

	private final TwoFactor twoFactor;

	private final StaffAccounts accounts;

	private final SecondFactorLockout lockout;

	private final SecondFactorThrottle throttle;

	private final SiteProperties site;

	TwoFactorController(TwoFactor twoFactor, StaffAccounts accounts, SecondFactorLockout lockout,
			SecondFactorThrottle throttle, SiteProperties site) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.lockout = lockout;
		this.throttle = throttle;
		this.site = site;
	}

	@GetMapping
	String page(Authentication authentication, HttpServletRequest request, Model model) {
		if (!SecondFactorGate.pending(authentication)) {
			return "redirect:/admin";
		}
		return show((StaffPrincipal) authentication.getPrincipal(), request.getSession(), model, null);
	}

	@PostMapping
	String submit(Authentication authentication, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) throws ServletException {
		if (!SecondFactorGate.pending(authentication)) {
			return "redirect:/admin";
		}
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
		HttpSession session = request.getSession();
		if (!this.throttle.allows(request.getRemoteAddr())) {
			return show(staff, session, model, "twoFactor.error.throttled");
		}
		if (this.lockout.isLocked(staff.id())) {
			return end(request);
		}
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
		if (this.lockout.wrongCode(staff.id())) {
			return end(request);
		}
		return show(staff, session, model, "twoFactor.error.code");
	}

	/**
	 * The account is locked: the session ends, with the same message as a wrong password.
	 */
	private static String end(HttpServletRequest request) throws ServletException {
		request.logout();
		request.getSession().invalidate();
		return "redirect:/admin/login?error=bad";
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
		SecondFactorGate.satisfied(this.accounts.completeSignIn(staff.id(), how), request);
		return "redirect:/admin";
	}

}
