/**
 * The newsletter's back-office ({@code /admin/newsletter}, permission
 * {@link org.vigie.mobilisation.MobilisationPermissions#NEWSLETTER}): compose an issue
 * from recent posts and free text, preview it, send a test to oneself, then send it once.
 */
package org.vigie.mobilisation.newsletter.admin;
