/**
 * The campaigners' pages for workshop requests: the list by state, one request with its
 * moves, reach and notes, and the projects offered.
 */
package org.vigie.mobilisation.workshops.admin;
