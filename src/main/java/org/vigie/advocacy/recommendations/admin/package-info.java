/**
 * The advocacy officers' pages for recommendations: create and edit them in three
 * languages, add status steps with their evidence and commitments, keep the addressees,
 * see overdue follow-ups and every saved revision.
 */
package org.vigie.advocacy.recommendations.admin;
