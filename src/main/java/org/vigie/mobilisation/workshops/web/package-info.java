/**
 * The public pages of the workshops: the request form, the evaluation form an
 * organisation is sent after its workshop, and the published reach.
 */
package org.vigie.mobilisation.workshops.web;
