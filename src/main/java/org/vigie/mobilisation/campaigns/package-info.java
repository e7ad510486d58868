/**
 * Campaigns people join and relay (Blue Heart as demo): the campaigns with their texts,
 * the pledges confirmed by email, the relay codes of personal links, and what a person
 * can download or erase.
 */
package org.vigie.mobilisation.campaigns;
