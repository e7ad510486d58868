/**
 * The fundraisers' back-office under {@code /admin/fundraising}: the dashboard, campaigns
 * and their updates, gifts and donors, refunds, failing monthly gifts, income that is not
 * a gift, corrections, and the accountant's CSV export.
 */
package org.vigie.fundraising.admin;
