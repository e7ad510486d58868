/**
 * The public pages of campaigns: the "Act" page, a campaign with its live counter and
 * join form, the share kit and its images, and the campaigns' place on the home page and
 * in the sitemaps.
 */
package org.vigie.mobilisation.campaigns.web;
