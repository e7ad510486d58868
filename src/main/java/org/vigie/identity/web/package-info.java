/**
 * The back-office's security and its identity pages: first setup, sign-in, home, audit
 * trail.
 */
package org.vigie.identity.web;
