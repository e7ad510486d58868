package org.vigie.identity.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office's rules come from the routes modules declare: every address the
 * application maps under {@code /admin} is declared by its module, and an address nobody
 * declared is refused even to a signed-in member who holds every content permission.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=content-admin")
class BackOfficeRoutesTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private List<BackOfficeRoutes> declarations;

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private Clock clock;

	@Test
	void everyMappedBackOfficeAddressIsDeclaredByItsModule() {
		List<String> undeclared = new ArrayList<>();
		for (String mapped : mappedAddresses()) {
			String sample = mapped.replaceAll("\\{[^/]*}", "1");
			boolean declared = this.declarations.stream()
				.flatMap((declaration) -> declaration.routes().stream())
				.map(BackOfficeRoute::pattern)
				.anyMatch((pattern) -> PathPatternParser.defaultInstance.parse(pattern)
					.matches(PathContainer.parsePath(sample)));
			if (!declared) {
				undeclared.add(mapped);
			}
		}
		assertThat(mappedAddresses()).contains("/admin/posts", "/admin/staff", "/admin/media");
		assertThat(undeclared).isEmpty();
	}

	@Test
	void anAddressNobodyDeclaredIsRefusedToSignedInStaff() {
		var editor = this.accounts.create("routes" + System.nanoTime() + "@example.org", "Ed Routes", PASSWORD,
				Language.FR, Set.of(Role.EDITOR), "test");
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, editor.getId());
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(editor.getEmail(), PASSWORD, codes.get(0));

		assertThat(browser.get("/admin/posts").statusCode()).isEqualTo(200);
		assertThat(browser.get("/admin/reports").statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin/anything/else").statusCode()).isEqualTo(403);
	}

	private Set<String> mappedAddresses() {
		Set<String> addresses = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			info.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.equals("/admin") || pattern.startsWith("/admin/"))
				.forEach(addresses::add);
		}
		return addresses;
	}

}
