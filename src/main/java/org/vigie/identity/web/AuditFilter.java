package org.vigie.identity.web;

import java.time.LocalDate;

import org.vigie.identity.AuditAction;

/**
 * The audit page's filter, echoed into its form.
 *
 * @param action the action shown, or {@code null} for all
 * @param actor part of the actor's address, or empty
 * @param from the first day shown, or {@code null}
 * @param until the last day shown, or {@code null}
 */
public record AuditFilter(AuditAction action, String actor, LocalDate from, LocalDate until) {
}
