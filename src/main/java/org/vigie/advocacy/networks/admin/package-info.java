/**
 * The networks' back-office: organisations and the NGO's memberships, edited in three
 * languages with a revision for every save.
 */
package org.vigie.advocacy.networks.admin;
