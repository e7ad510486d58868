package org.vigie.advocacy;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every part of advocacy stands on: the demo tracker is loaded (every member state
 * and at least ten provisions, flagged as a fictitious example), the back-office is open
 * to advocacy officers and to nobody else, and the advocacy page is still the content
 * module's.
 */
@AdvocacyTest
class AdvocacyCoreTest {

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private SiteClient site;

	@Autowired
	private ApplicationContext context;

	@Test
	void theDemoTrackerHasEveryStateAndProvisionAndIsFlaggedAsAnExample() {
		Instrument directive = this.tracker.instrument("2011-93-eu").orElseThrow();
		assertThat(directive.demo()).isTrue();
		assertThat(directive.celex()).isEqualTo("32011L0093");
		Matrix matrix = this.tracker.matrix(directive);
		assertThat(matrix.states()).hasSize(27);
		assertThat(matrix.provisions()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(matrix.cells()).hasSize(27 * matrix.provisions().size());
		assertThat(Matrix.counts(matrix.cells())).allSatisfy((status,
				count) -> assertThat(count).as("the demo shows every status, %s included", status).isPositive());
		assertThat(this.tracker.main()).map(Instrument::code).contains("2011-93-eu");
		assertThat(matrix.cells()).filteredOn((cell) -> cell.status() != Status.NOT_ASSESSED)
			.allSatisfy((cell) -> assertThat(cell.assessment().source().named()).isTrue());
	}

	@Test
	void theBackOfficeIsForAdvocacyOfficers() {
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		HttpResponse<String> dashboard = officer.browser().get("/admin/advocacy");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Advocacy");
		Campaigners.Signed campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		assertThat(campaigner.browser().get("/admin/advocacy").statusCode()).isEqualTo(403);
	}

	@Test
	void theAdvocacyPageStaysTheContentModules() {
		assertThat(this.site.get("/fr/plaidoyer").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/nl/beleidswerk").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/en/advocacy").statusCode()).isEqualTo(200);
	}

}
