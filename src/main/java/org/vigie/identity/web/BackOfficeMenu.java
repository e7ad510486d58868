package org.vigie.identity.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.StaffIdentity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives back-office pages the menu entries the signed-in person may use: the sections
 * modules contribute, filtered by permission.
 */
@ControllerAdvice
class BackOfficeMenu {

	private final List<BackOfficeSection> sections;

	BackOfficeMenu(ObjectProvider<BackOfficeSection> sections) {
		this.sections = sections.orderedStream().sorted(Comparator.comparingInt(BackOfficeSection::order)).toList();
	}

	@ModelAttribute("backOfficeMenu")
	List<BackOfficeSection> menu(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/admin")) {
			return List.of();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffIdentity me)) {
			return List.of();
		}
		return this.sections.stream().filter((section) -> me.can(section.permission())).toList();
	}

}
