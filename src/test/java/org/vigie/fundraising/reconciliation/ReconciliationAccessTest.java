package org.vigie.fundraising.reconciliation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements, their review and the reconciliation report are for fundraisers: a staff
 * member without the fundraising permission is refused every page and every form, and
 * nothing is recorded; a visitor is sent to sign in.
 */
@FundraisingTest
class ReconciliationAccessTest {

	private static final List<String> PAGES = List.of("/admin/fundraising/statements",
			"/admin/fundraising/statements/import", "/admin/fundraising/statements/review",
			"/admin/fundraising/reconciliation", "/admin/fundraising/reconciliation/report.csv");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void staffWithoutTheFundraisingPermissionAreRefused() {
		Fundraisers.Signed editor = Fundraisers.signIn(this.context, Role.EDITOR);
		long imports = imports();
		for (String page : PAGES) {
			assertThat(editor.browser().get(page).statusCode()).as(page).isEqualTo(403);
		}
		String csrf = editor.browser().csrf("/admin");
		byte[] file = Camt.statement("2026-11-02", "2026-11-02", List.of(Camt.text(2500, "2026-11-02", "A", "b")));
		assertThat(editor.browser()
			.upload("/admin/fundraising/statements/import", csrf, "file", "s.xml", file, Map.of())
			.statusCode()).isEqualTo(403);
		assertThat(editor.browser()
			.post("/admin/fundraising/statements/review/1/ignore", Map.of("_csrf", csrf, "reason", "x"))
			.statusCode()).isEqualTo(403);
		assertThat(imports()).isEqualTo(imports);

		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		for (String page : PAGES) {
			assertThat(fundraiser.browser().get(page).statusCode()).as(page).isEqualTo(200);
		}
		StaffBrowser visitor = new StaffBrowser(this.site);
		assertThat(visitor.get("/admin/fundraising/statements").statusCode()).isEqualTo(302);
	}

	private long imports() {
		return this.jdbc.sql("select count(*) from fundraising_statement_import").query(Long.class).single();
	}

}
