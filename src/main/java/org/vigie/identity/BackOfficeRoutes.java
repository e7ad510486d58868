package org.vigie.identity;

import java.util.List;

/**
 * The back-office routes a module maps, declared as a bean. A module declares every
 * address it maps under {@code /admin}; a test walks every mapped route against these
 * declarations, role by role.
 *
 * @param routes the routes
 */
public record BackOfficeRoutes(List<BackOfficeRoute> routes) {

	public BackOfficeRoutes {
		routes = List.copyOf(routes);
	}

	public static BackOfficeRoutes of(BackOfficeRoute... routes) {
		return new BackOfficeRoutes(List.of(routes));
	}

}
