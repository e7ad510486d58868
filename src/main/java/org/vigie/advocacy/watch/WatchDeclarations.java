package org.vigie.advocacy.watch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.admin.AdvocacyArea;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

/**
 * What the policy watch declares: its entry on the advocacy dashboard and its audit
 * actions.
 */
@Configuration(proxyBeanMethods = false)
public class WatchDeclarations {

	/** A watched file was created or changed. */
	public static final AuditAction FILE_SAVED = new AuditAction("ADVOCACY_WATCH_FILE_SAVED");

	/** A watched address was added. */
	public static final AuditAction SOURCE_ADDED = new AuditAction("ADVOCACY_WATCH_SOURCE_ADDED");

	/** A watched address was removed. */
	public static final AuditAction SOURCE_REMOVED = new AuditAction("ADVOCACY_WATCH_SOURCE_REMOVED");

	/** A staff member marked a change seen, or checked an address now. */
	public static final AuditAction SOURCE_CHECKED = new AuditAction("ADVOCACY_WATCH_SOURCE_CHECKED");

	/** The back-office address of the watch list. */
	public static final String ADMIN = "/admin/advocacy/watch";

	@Bean
	AdvocacyArea advocacyWatchArea() {
		return new AdvocacyArea("advocacy.watch.admin.title", ADMIN, 45);
	}

	@Bean
	AuditActions advocacyWatchAudit() {
		return AuditActions.of(FILE_SAVED, SOURCE_ADDED, SOURCE_REMOVED, SOURCE_CHECKED);
	}

}
