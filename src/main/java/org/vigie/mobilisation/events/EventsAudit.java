package org.vigie.mobilisation.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.mobilisation.admin.MobilisationArea;

/**
 * What the events add to the audit trail (entries name events by key and registrations by
 * id, never a participant), and their entry on the mobilisation dashboard.
 */
@Configuration(proxyBeanMethods = false)
public class EventsAudit {

	/** An event was created or changed. */
	public static final AuditAction EVENT_SAVED = new AuditAction("MOBILISATION_EVENT_SAVED");

	/** An event was called off. */
	public static final AuditAction EVENT_CANCELLED = new AuditAction("MOBILISATION_EVENT_CANCELLED");

	/** An event's question was added, changed or taken off the form. */
	public static final AuditAction QUESTION_SAVED = new AuditAction("MOBILISATION_EVENT_QUESTION_SAVED");

	/** A registration's priority on the waiting list was set. */
	public static final AuditAction PRIORITY_SET = new AuditAction("MOBILISATION_EVENT_PRIORITY_SET");

	@Bean
	AuditActions mobilisationEventsAuditActions() {
		return AuditActions.of(EVENT_SAVED, EVENT_CANCELLED, QUESTION_SAVED, PRIORITY_SET);
	}

	@Bean
	MobilisationArea mobilisationEventsArea() {
		return new MobilisationArea("mobilisation.events.admin.title", "/admin/mobilisation/events", 30);
	}

}
