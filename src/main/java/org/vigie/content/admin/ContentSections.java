package org.vigie.content.admin;

import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The content module's entries in the back-office menu.
 */
@Configuration(proxyBeanMethods = false)
class ContentSections {

	@Bean
	BackOfficeSection postsSection() {
		return new BackOfficeSection("admin.posts", "/admin/posts", Permission.CONTENT_WRITE_OWN, 10);
	}

	@Bean
	BackOfficeSection pagesSection() {
		return new BackOfficeSection("admin.pages", "/admin/pages", Permission.CONTENT_EDIT_ANY, 20);
	}

	@Bean
	BackOfficeSection categoriesSection() {
		return new BackOfficeSection("admin.categories", "/admin/categories", Permission.CONTENT_EDIT_ANY, 25);
	}

	@Bean
	BackOfficeSection importSection() {
		return new BackOfficeSection("admin.import", "/admin/import", Permission.CONTENT_IMPORT, 40);
	}

	@Bean
	BackOfficeSection mediaSection() {
		return new BackOfficeSection("admin.media", "/admin/media", Permission.MEDIA_UPLOAD, 30);
	}

}
