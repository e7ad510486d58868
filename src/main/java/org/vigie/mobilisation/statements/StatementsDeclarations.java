package org.vigie.mobilisation.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.mobilisation.admin.MobilisationArea;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * What statements declare to the rest of the module: their audit actions, their part of
 * the campaigners' back-office, and their teasers on the "Act" page.
 */
@Configuration(proxyBeanMethods = false)
public class StatementsDeclarations {

	/** A statement created or changed. */
	public static final AuditAction SAVED = new AuditAction("MOBILISATION_STATEMENT_SAVED");

	/** A signature approved by staff. */
	public static final AuditAction APPROVED = new AuditAction("MOBILISATION_SIGNATURE_APPROVED");

	/** A signature refused by staff. */
	public static final AuditAction REFUSED = new AuditAction("MOBILISATION_SIGNATURE_REFUSED");

	/** An organisation renamed by staff. */
	public static final AuditAction RENAMED = new AuditAction("MOBILISATION_SIGNATURE_RENAMED");

	/** Signatories exported (PDF or CSV). */
	public static final AuditAction EXPORTED = new AuditAction("MOBILISATION_SIGNATORIES_EXPORTED");

	@Bean
	AuditActions statementsAuditActions() {
		return AuditActions.of(SAVED, APPROVED, REFUSED, RENAMED, EXPORTED);
	}

	@Bean
	MobilisationArea statementsArea() {
		return new MobilisationArea("mobilisation.statements.admin.area", StatementPaths.ADMIN, 20);
	}

	@Bean
	ActionListing statementsListing(StatementStore statements, SignatureStore signatures, MessageSource messages,
			SiteProperties site, Clock clock) {
		return new ActionListing() {

			@Override
			public List<Teaser> teasers(Language language) {
				LocalDate today = LocalDate.ofInstant(clock.instant(), site.timeZone());
				return statements.open(today).stream().map((statement) -> {
					int count = signatures.count(statement.id());
					StatementText text = statement.text(language);
					return new Teaser("mobilisation.statements.kind", text.title(), text.summary(),
							StatementPaths.statement(language, statement), messages.getMessage(
									"mobilisation.statements.count", new Object[] { count }, language.locale()));
				}).toList();
			}

			@Override
			public int listingOrder() {
				return 20;
			}

		};
	}

}
