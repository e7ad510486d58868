package org.vigie.mobilisation.workshops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.mobilisation.admin.MobilisationArea;

/**
 * What the workshops declare: their place on the mobilisation dashboard and the audit
 * actions of their pipeline.
 */
@Configuration(proxyBeanMethods = false)
public class WorkshopsDeclarations {

	/** A request moved from one state to another. */
	public static final AuditAction MOVED = new AuditAction("MOBILISATION_WORKSHOP_MOVED");

	/** The reach of a delivered workshop recorded or corrected. */
	public static final AuditAction REACH = new AuditAction("MOBILISATION_WORKSHOP_REACH");

	/** A note written on a request. */
	public static final AuditAction NOTE = new AuditAction("MOBILISATION_WORKSHOP_NOTE");

	/** A project added or changed. */
	public static final AuditAction PROJECT = new AuditAction("MOBILISATION_WORKSHOP_PROJECT");

	@Bean
	AuditActions workshopAuditActions() {
		return AuditActions.of(MOVED, REACH, NOTE, PROJECT);
	}

	@Bean
	MobilisationArea workshopsArea() {
		return new MobilisationArea("mobilisation.workshops.admin.title", WorkshopPaths.ADMIN, 40);
	}

}
