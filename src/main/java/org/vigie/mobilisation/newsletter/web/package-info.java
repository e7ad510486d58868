/**
 * The newsletter's public side: the form in every page's footer, the sign-up page, and
 * the unsubscribe links (one click, RFC 8058).
 */
package org.vigie.mobilisation.newsletter.web;
