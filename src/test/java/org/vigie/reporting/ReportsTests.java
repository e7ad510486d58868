package org.vigie.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.identity.StaffIdentity;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.media.TestImages;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Reports.ReceiptResult;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.reports.Upload;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The line's keys at work: who can open a report, and who cannot.
 */
@ReportingTest
class ReportsTests {

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private AnalystKeys analystKeys;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private String recoveryKey;

	@BeforeEach
	void lineIsOpen() {
		this.recoveryKey = ReportingFixtures.recoveryKey(this.recovery);
	}

	@Test
	void theReporterOpensTheirReportWithTheReceiptAndReadsTheAnalystsAnswer() {
		StaffMember member = ReportingFixtures.analyst(this.accounts, "Ana");
		Keyring keyring = signIn(member, ReportingFixtures.PASSWORD);
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("m1"), List.of());
		String receipt = submitted.receipt().orElseThrow().display();
		assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

		ReportKey analystKey = this.reports.key(submitted.id(), keyring).orElseThrow();
		Reports.ReportDetail detail = this.reports.read(analystKey, identity(member));
		assertThat(detail.content().what()).isEqualTo("what m1");
		assertThat(detail.content().coordinates().latitude()).isEqualTo(13.76);
		this.reports.analystWrites(analystKey, identity(member), "Could you tell us the hotel's street?");

		Reports.ReceiptAnswer answer = this.reports.openWithReceipt(receipt.toLowerCase().replace("-", " "));
		assertThat(answer.result()).isEqualTo(ReceiptResult.OPENED);
		Reports.ReporterView view = this.reports.reporterView(answer.key().orElseThrow());
		assertThat(view.status()).isEqualTo(Status.RECEIVED);
		assertThat(view.messages()).extracting((m) -> m.text())
			.containsExactly("Could you tell us the hotel's street?");
		this.reports.reporterWrites(answer.key().orElseThrow(), "Rue des Fleurs", List.of());
		assertThat(this.reports.read(analystKey, identity(member)).messages()).hasSize(2);
		assertThat(this.reports.summary(submitted.id()).orElseThrow().deadlines().acknowledged()).isNotNull();
	}

	@Test
	void aReportWithoutFollowUpHasNoReceipt() {
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("m2", FollowUp.NONE), List.of());
		assertThat(submitted.receipt()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from reporting_grant where report_id = ? and recipient = 'receipt'")
			.param(submitted.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void wrongReceiptsLockTheReportEvenToTheRightOneUntilTheLockEnds() {
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("m3"), List.of());
		String receipt = submitted.receipt().orElseThrow().display();
		String wrong = receipt.substring(0, 5) + (receipt.charAt(5) == 'A' ? "B" : "A") + receipt.substring(6);
		for (int i = 1; i < Reports.RECEIPT_TRIES; i++) {
			assertThat(this.reports.openWithReceipt(wrong).result()).isEqualTo(ReceiptResult.NOT_RECOGNISED);
		}
		assertThat(this.reports.openWithReceipt(wrong).result()).isEqualTo(ReceiptResult.LOCKED);
		assertThat(this.reports.openWithReceipt(receipt).result()).as("the right receipt is locked out too")
			.isEqualTo(ReceiptResult.LOCKED);
		this.clock.advance(Reports.RECEIPT_LOCK.plusMinutes(1));
		assertThat(this.reports.openWithReceipt(receipt).result()).isEqualTo(ReceiptResult.OPENED);
		assertThat(this.reports.openWithReceipt("not a receipt <script>").result())
			.isEqualTo(ReceiptResult.NOT_RECOGNISED);
		assertThat(this.reports.openWithReceipt("x".repeat(10_000)).result()).isEqualTo(ReceiptResult.NOT_RECOGNISED);
	}

	@Test
	void aPasswordResetLosesAccessWhichTheRecoveryKeyGrantsAgain() {
		StaffMember member = ReportingFixtures.analyst(this.accounts, "Reset");
		signIn(member, ReportingFixtures.PASSWORD);
		UUID report = this.reports.submit(ReportingFixtures.report("m4"), List.of()).id();

		this.analystKeys.passwordReset(member.getId());
		Keyring fresh = signIn(member, ReportingFixtures.PASSWORD);
		assertThat(this.reports.key(report, fresh)).as("a reset never restores access").isEmpty();

		assertThatThrownBy(
				() -> this.recovery.open(this.recoveryKey.substring(0, 10) + "AAAAA" + this.recoveryKey.substring(15)))
			.isInstanceOf(RecoveryKey.WrongRecoveryKey.class);
		int granted = this.reports.grantAll(this.recovery.open(this.recoveryKey), member.getId(), identity(member));
		assertThat(granted).isPositive();
		assertThat(this.reports.key(report, fresh)).isPresent();
	}

	@Test
	void anAnalystGrantsANewcomerAndAPasswordChangeKeepsAccess() {
		StaffMember first = ReportingFixtures.analyst(this.accounts, "First");
		Keyring keyring = signIn(first, ReportingFixtures.PASSWORD);
		UUID report = this.reports.submit(ReportingFixtures.report("m5"), List.of()).id();
		StaffMember newcomer = ReportingFixtures.analyst(this.accounts, "Newcomer");
		Keyring newcomerKeys = signIn(newcomer, ReportingFixtures.PASSWORD);
		assertThat(this.reports.key(report, newcomerKeys)).isEmpty();
		this.reports.grantAll(keyring, newcomer.getId(), identity(first));
		assertThat(this.reports.key(report, newcomerKeys)).isPresent();

		this.analystKeys.passwordChanged(newcomer.getId(), ReportingFixtures.PASSWORD.toCharArray(),
				"another long passphrase".toCharArray());
		assertThat(this.reports.key(report, signIn(newcomer, "another long passphrase"))).isPresent();
	}

	@Test
	void shreddingDestroysTheKeysThenTheReport() {
		UUID report = this.reports.submit(ReportingFixtures.report("m6"), List.of()).id();
		this.reports.shred(report, "test");
		assertThat(this.jdbc.sql("select count(*) from reporting_grant where report_id = ?")
			.param(report)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.reports.summary(report)).isEmpty();
	}

	@Test
	void imagesLoseTheirMetadataAndOnlyImagesAreTaken() {
		byte[] photo = TestImages.photoWithGps(64, 48);
		Upload clean = ImageCleaner.clean(photo);
		assertThat(clean.mediaType()).isEqualTo("image/jpeg");
		assertThat(new String(clean.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		assertThat(new String(photo, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif");
		assertThatThrownBy(() -> ImageCleaner.clean(TestImages.pdf())).isInstanceOf(ImageCleaner.NotAnImage.class);
		assertThatThrownBy(() -> ImageCleaner.clean(TestImages.decompressionBomb(20_000, 20_000)))
			.isInstanceOf(ImageCleaner.NotAnImage.class);
		assertThatThrownBy(() -> ImageCleaner.clean(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }))
			.isInstanceOf(ImageCleaner.NotAnImage.class);
	}

	@Test
	void manySubmissionsAtOnceAreAllStored() throws Exception {
		int count = 40;
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<Reports.Submitted>> submitted = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				submitted.add(pool.submit(() -> this.reports.submit(ReportingFixtures.report("burst"), List.of())));
			}
			List<UUID> ids = new ArrayList<>();
			for (Future<Reports.Submitted> one : submitted) {
				ids.add(one.get(2, java.util.concurrent.TimeUnit.MINUTES).id());
			}
			assertThat(ids).doesNotHaveDuplicates().hasSize(count);
			assertThat(ids).allSatisfy((id) -> assertThat(this.reports.summary(id)).isPresent());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Keyring signIn(StaffMember member, String password) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			this.analystKeys.passwordProven(identity(member), password.toCharArray());
			return Keyring.of(request.getSession()).orElseThrow();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private StaffIdentity identity(StaffMember member) {
		return this.accounts.withPermissions(member.getId());
	}

}
