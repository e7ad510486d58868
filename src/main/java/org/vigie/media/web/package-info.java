/**
 * The media library over HTTP: files served at {@code /media/…} and the back-office page
 * {@code /admin/media}.
 */
package org.vigie.media.web;
