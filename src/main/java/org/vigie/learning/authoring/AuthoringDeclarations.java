package org.vigie.learning.authoring;

import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;
import org.vigie.learning.LearningPermissions;
import org.vigie.learning.decks.DeckFile;
import org.vigie.site.UploadLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * What the trainers' back-office declares to the rest of the application: its menu entry,
 * its addresses and the permission they need, which roles hold it, its audit actions and
 * the upload limit of the deck import (a file a little over the largest deck file read,
 * so that a file just too large is refused by the reader with its own message, and a much
 * larger one before anything reads it).
 */
@Configuration(proxyBeanMethods = false)
class AuthoringDeclarations {

	static final DataSize IMPORT_UPLOAD = DataSize.ofBytes(DeckFile.MAX_BYTES + 64 * 1024);

	@Bean
	BackOfficeSection cardsSection() {
		return new BackOfficeSection("admin.cards", DeckPaths.BASE, LearningPermissions.AUTHOR, 50);
	}

	@Bean
	BackOfficeRoutes cardsRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of(DeckPaths.BASE, LearningPermissions.AUTHOR),
				BackOfficeRoute.of(DeckPaths.BASE + "/**", LearningPermissions.AUTHOR));
	}

	@Bean
	PermissionGrants cardsPermissions() {
		return LearningPermissions.grants();
	}

	@Bean
	AuditActions cardsAuditActions() {
		return AuthoringAudit.all();
	}

	@Bean
	UploadLimit cardsImportUploadLimit() {
		return new UploadLimit(DeckPaths.BASE + "/**", IMPORT_UPLOAD, DeckPaths.IMPORT + "?problem=tooLarge");
	}

}
