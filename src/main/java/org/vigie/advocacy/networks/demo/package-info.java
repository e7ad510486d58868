/**
 * The demo organisations and memberships.
 */
package org.vigie.advocacy.networks.demo;
