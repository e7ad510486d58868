/**
 * The campaigners' pages for campaigns: create and edit them in three languages, read
 * their figures and relay chains.
 */
package org.vigie.mobilisation.campaigns.admin;
