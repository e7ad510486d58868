package org.vigie.fundraising.certificates.issuing;

import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.identity.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a configured institution (no demo, nothing set), the certificates page still
 * opens and says what is wrong; asking for the run anyway is refused and queues nothing.
 */
@FundraisingTest
class MissingDeclarantTest {

	@Autowired
	private CertificateRuns runs;

	@Autowired
	private CertificateRun run;

	@Autowired
	private CertificateStore store;

	@Autowired
	private YearTotals totals;

	@Autowired
	private BelcotaxSendings sendings;

	@Autowired
	private FundraisingProperties properties;

	@Autowired
	private MessageSource messages;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Clock clock;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void thePageSaysWhatToConfigureAndNothingStarts() {
		Declarants none = new Declarants(new DeclarantSettings(null, null, null, null, null, null, null, null, null),
				false);
		CertificatesController controller = new CertificatesController(this.runs, this.run, this.store, this.totals,
				this.sendings, none, this.properties, this.messages, this.audit, this.clock);
		ExtendedModelMap model = new ExtendedModelMap();

		String view = controller.page("2019", null, null, model, Locale.ENGLISH);

		assertThat(view).isEqualTo("fundraising/certificates/year");
		assertThat(model.getAttribute("declarant")).isNull();
		assertThat((String) model.getAttribute("declarantProblem")).startsWith("Institution:").endsWith("is missing.");

		YearDonors.january((org.vigie.TestClock) this.clock, 2019);
		CertificateRuns refusing = new CertificateRuns(this.jdbc, this.run, none, null, null, this.transactions,
				this.clock);
		assertThatThrownBy(() -> refusing.start(2019, "fundraiser@example.org")).isInstanceOf(IssuingRefused.class)
			.extracting((e) -> ((IssuingRefused) e).code())
			.isEqualTo("fundraising.issuing.problem.declarant");
		assertThat(this.runs.latest(2019)).isEmpty();
	}

}
