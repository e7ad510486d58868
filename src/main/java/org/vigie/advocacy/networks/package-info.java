/**
 * The networks, coalitions and platforms the NGO belongs to, with its role in each, since
 * when and at which level (Belgian, European, international).
 */
package org.vigie.advocacy.networks;
