package org.vigie.content.admin;

import org.vigie.content.ContentPermissions;
import org.vigie.identity.BackOfficeSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The content module's entries in the back-office menu.
 */
@Configuration(proxyBeanMethods = false)
class ContentSections {

	@Bean
	BackOfficeSection postsSection() {
		return new BackOfficeSection("admin.posts", "/admin/posts", ContentPermissions.WRITE_OWN, 10);
	}

	@Bean
	BackOfficeSection pagesSection() {
		return new BackOfficeSection("admin.pages", "/admin/pages", ContentPermissions.EDIT_ANY, 20);
	}

	@Bean
	BackOfficeSection categoriesSection() {
		return new BackOfficeSection("admin.categories", "/admin/categories", ContentPermissions.EDIT_ANY, 25);
	}

	@Bean
	BackOfficeSection importSection() {
		return new BackOfficeSection("admin.import", "/admin/import", ContentPermissions.IMPORT, 40);
	}

}
