/**
 * The hand-over pages of the back-office: police units and the organisation's signing key
 * under {@code /admin/reporting-settings/units}.
 */
package org.vigie.reporting.handover.web;
