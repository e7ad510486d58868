package org.vigie.reporting.handover;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingDatabase;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.ReceiptKeys;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.vigie.reporting.ReportingDatabase.openKeys;
import static org.vigie.reporting.ReportingDatabase.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-overs' tables and SQL on each database (H2, and PostgreSQL in its run): units
 * and the signing key kept, a hand-over prepared, refused to its preparer, approved by
 * another analyst with its package stored, another rejected, and both gone with their
 * report when it is shredded.
 */
@DatabaseTest
@Import({ Handovers.class, HandoverStore.class, PoliceUnits.class, HandoverPackager.class, OrganisationKey.class,
		Reports.class, AnalystKeys.class, RecoveryKey.class, ReceiptKeys.class, TinkServerKeys.class,
		HashChainedAuditTrail.class, ReportingDatabase.Parts.class, HandoverStoreTests.Messages.class })
class HandoverStoreTests {

	@Autowired
	private Handovers handovers;

	@Autowired
	private PoliceUnits units;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private AnalystKeys analysts;

	@Autowired
	private OrganisationKey organisation;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aHandoversLifeFromPreparationToShredding() throws Exception {
		this.recovery.create();
		Keyring ana = openKeys(this.analysts, 51);
		Keyring bob = openKeys(this.analysts, 52);
		UUID report = this.reports.submit(ReportingFixtures.report("db", FollowUp.CONSENT), List.of()).id();
		var unitKey = TestKeys.unit("Unit");
		long unit = this.units.add("Unit", "tel", TestKeys.publicPart(unitKey), staff(50)).getId();

		long first = this.handovers.prepare(report, unit, EnumSet.of(HandoverField.WHAT, HandoverField.CONTACT), ana,
				staff(51));
		assertThatThrownBy(() -> this.handovers.approve(first, ana, staff(51))).isInstanceOfSatisfying(
				HandoverRefused.class, (ex) -> assertThat(ex.reason()).isEqualTo(HandoverRefused.Reason.OWN_HANDOVER));
		Handover approved = this.handovers.approve(first, bob, staff(52));
		long second = this.handovers.prepare(report, unit, Set.of(HandoverField.WHEN), ana, staff(51));
		this.handovers.reject(second, "Not needed", staff(52));

		assertThat(approved.status()).isEqualTo(Handover.Status.APPROVED);
		assertThat(approved.fields()).containsExactlyInAnyOrder(HandoverField.WHAT, HandoverField.CONTACT);
		assertThat(approved.decidedByEmail()).isEqualTo("staff52@example.org");
		byte[] file = this.handovers.download(first, staff(52)).orElseThrow().content();
		assertThat(HandoverPackager.sha256(file)).isEqualTo(approved.sha256());
		OpenedPackage opened = OpenedPackage.open(file, unitKey, this.organisation.publicKey());
		assertThat(opened.signedByOrganisation()).isTrue();
		assertThat(this.handovers.all()).extracting(Handover::id).containsExactly(second, first);
		assertThat(this.handovers.find(second).orElseThrow().reason()).isEqualTo("Not needed");
		assertThat(this.handovers.download(second, staff(52))).isEmpty();

		this.reports.shred(report, "test");
		assertThat(this.jdbc.sql("select count(*) from reporting_handover").query(Integer.class).single()).isZero();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Messages {

		@Bean
		ResourceBundleMessageSource messageSource() {
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasename("messages/reporting-handover");
			messages.setDefaultEncoding("UTF-8");
			return messages;
		}

	}

}
