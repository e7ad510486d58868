/**
 * The organisations advocacy names (networks, coalitions, project partners and funders,
 * the NGO itself), shared by the networks and projects parts, with the checks every
 * advocacy form applies to what staff type.
 */
package org.vigie.advocacy.organisations;
