package org.vigie.content.store;

/**
 * Where an item stands in its publication life. Scheduled and published items are public
 * from their publication date on; drafts never are.
 */
public enum ContentStatus {

	DRAFT, SCHEDULED, PUBLISHED

}
