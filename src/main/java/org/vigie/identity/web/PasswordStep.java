package org.vigie.identity.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.PasswordBoundSecrets;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The first step of signing in, once the password is checked. A right password leads to
 * the second factor, with no permission yet. A wrong password, a locked account and a
 * disabled one get the same answer, so that nobody learns which it was (the audit trail
 * keeps the reason); only a server too busy hashing says so, as it says nothing about the
 * account.
 */
@Component
class PasswordStep implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final StaffAccounts accounts;

	private final Clock clock;

	private final java.util.List<PasswordBoundSecrets> secrets;

	PasswordStep(StaffAccounts accounts, Clock clock, java.util.List<PasswordBoundSecrets> secrets) {
		this.accounts = accounts;
		this.clock = clock;
		this.secrets = secrets;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		this.accounts.passwordAccepted(authentication.getName());
		if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
			SecondFactorGate.signedIn(request.getSession(), staff.sessionGeneration(), this.clock.instant());
			String password = request.getParameter("password");
			if (password != null) {
				char[] chars = password.toCharArray();
				org.vigie.identity.StaffIdentity member = this.accounts.withPermissions(staff.id());
				try {
					this.secrets.forEach((module) -> module.passwordProven(member, chars));
				}
				finally {
					java.util.Arrays.fill(chars, '\0');
				}
			}
		}
		response.sendRedirect("/admin/two-factor");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (BoundedPasswordEncoder.isBusy(exception)) {
			response.sendRedirect("/admin/login?error=busy");
			return;
		}
		String reason = (exception instanceof LockedException) ? "locked"
				: (exception instanceof DisabledException) ? "disabled" : "bad";
		this.accounts.failedSignIn(request.getParameter("email"), reason);
		response.sendRedirect("/admin/login?error=bad");
	}

}
