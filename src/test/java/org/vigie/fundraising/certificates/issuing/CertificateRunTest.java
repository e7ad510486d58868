package org.vigie.fundraising.certificates.issuing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.certificates.CertificateLine.Kind;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.learning.Poppler;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The January run and its corrections, each test on a tax year of its own: exactly the
 * donors at 40 € or more get a certificate, numbered 1..N without gaps; refunds count; a
 * donor without national register number or address is listed to follow up; a second run
 * continues the numbering; two runs at once still give 1..N; a refund after issue leads
 * to a modification under the same number and leaves the original as it was; the run
 * waits for the year to be over in Brussels; the PDFs speak the donor's language.
 */
@FundraisingTest
class CertificateRunTest {

	@Autowired
	private CertificateRun run;

	@Autowired
	private CertificateStore store;

	@Autowired
	private YearTotals totals;

	@Autowired
	private Gifts gifts;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void exactlyTheDonorsFromFortyEurosGetCertificatesNumberedWithoutGaps() {
		int year = 2011;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		YearDonors.Giver exactly = donors.certified("Ada", "Aarts", Language.FR);
		exactly.gives(40_00, 3, 1);
		YearDonors.Giver under = donors.certified("Bea", "Bosmans", Language.FR);
		under.gives(39_99, 3, 2);
		YearDonors.Giver twoGifts = donors.certified("Cas", "Claes", Language.NL);
		twoGifts.gives(30_00, 2, 1);
		twoGifts.gives(15_00, 11, 30);
		YearDonors.Giver refundedUnder = donors.certified("Dirk", "Dumont", Language.FR);
		Gift dirk = refundedUnder.gives(60_00, 4, 1);
		refundedUnder.refunded(dirk, EntryKind.REFUND, 25_00, 4, 20);
		YearDonors.Giver refundedAbove = donors.certified("Eva", "Evers", Language.EN);
		Gift eva = refundedAbove.gives(100_00, 5, 1);
		refundedAbove.refunded(eva, EntryKind.CHARGEBACK, 50_00, 6, 1);
		YearDonors.Giver noNumber = donors.anonymous("Femke", "Fonteyn");
		noNumber.gives(80_00, 7, 1);
		YearDonors.Giver overTwoYears = donors.certified("Gil", "Goossens", Language.FR);
		overTwoYears.gives(30_00, 12, 31);
		overTwoYears.givesOn(30_00, java.time.LocalDate.of(year + 1, 1, 1));
		YearDonors.january(this.clock, year);

		CertificateRun.Outcome outcome = this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);

		assertThat(outcome.issued()).isEqualTo(3);
		List<IssuedCertificate> issued = this.store.ofYear(year);
		assertThat(issued).extracting(IssuedCertificate::number).containsExactly(1, 2, 3);
		assertThat(issued).extracting(IssuedCertificate::donorId)
			.containsExactly(exactly.id(), twoGifts.id(), refundedAbove.id());
		assertThat(issued).extracting(IssuedCertificate::amountCents).containsExactly(40_00L, 45_00L, 50_00L);
		assertThat(issued).extracting(IssuedCertificate::kind).containsOnly(Kind.ORIGINAL);
		assertThat(this.store.certifiedGifts(issued.get(1).id()).values()).containsExactlyInAnyOrder(30_00L, 15_00L);
		assertThat(this.store.certifiedGifts(issued.get(2).id())).containsEntry(eva.id(), 50_00L);
		assertThat(this.totals.followUp(year, 40_00)).singleElement().satisfies((followUp) -> {
			assertThat(followUp.donorId()).isEqualTo(noNumber.id());
			assertThat(followUp.reason()).isEqualTo("noNationalNumber");
			assertThat(followUp.totalCents()).isEqualTo(80_00);
		});
		assertThat(auditCount(year)).isEqualTo(1);

		assertThat(this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE).issued()).isZero();
		YearDonors.Giver late = donors.certified("Hanne", "Hermans", Language.NL);
		late.gives(70_00, 12, 15);
		CertificateRun.Outcome again = this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		assertThat(again.issued()).isEqualTo(1);
		assertThat(again.first()).isEqualTo(4);
		assertThat(this.store.ofYear(year)).extracting(IssuedCertificate::number).containsExactly(1, 2, 3, 4);
	}

	@Test
	void twoRunsAtOnceNumberEveryDonorOnceWithoutGaps() throws Exception {
		int year = 2012;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		for (int i = 0; i < 12; i++) {
			donors.certified("Runner" + i, "Racer" + i, Language.FR).gives(50_00 + i, 1 + i, 5);
		}
		YearDonors.january(this.clock, year);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> both = () -> {
			start.await();
			return this.run.issue(year, "system", CertificateRun.Progress.NONE).issued();
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = threads.submit(both);
			Future<Integer> second = threads.submit(both);
			start.countDown();
			assertThat(first.get() + second.get()).isEqualTo(12);
		}
		finally {
			threads.shutdownNow();
		}
		List<IssuedCertificate> issued = this.store.ofYear(year);
		assertThat(issued).extracting(IssuedCertificate::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(issued).extracting(IssuedCertificate::donorId).doesNotHaveDuplicates();
	}

	@Test
	void aRefundAfterIssueLeadsToAModificationUnderTheSameNumberAndTheOriginalStaysAsItWas() {
		int year = 2013;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		YearDonors.Giver refunded = donors.certified("Ines", "Ibens", Language.FR);
		Gift first = refunded.gives(60_00, 2, 1);
		refunded.gives(40_00, 9, 1);
		YearDonors.Giver chargedBack = donors.certified("Jan", "Jacobs", Language.NL);
		Gift jan = chargedBack.gives(60_00, 3, 1);
		YearDonors.Giver unchanged = donors.certified("Kim", "Kools", Language.EN);
		unchanged.gives(50_00, 3, 1);
		YearDonors.january(this.clock, year);
		this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE);
		IssuedCertificate original = this.store.ofYear(year).get(0);
		byte[] originalPdf = this.store.pdf(original.id()).orElseThrow();
		Map<UUID, Long> originalGifts = this.store.certifiedGifts(original.id());
		assertThat(original.amountCents()).isEqualTo(100_00);

		refunded.refunded(first, EntryKind.REFUND, 30_00, 12, 20);
		chargedBack.refunded(jan, EntryKind.CHARGEBACK, 30_00, 12, 21);
		assertThat(this.run.corrections(year)).extracting((c) -> c.certificate().number(), (c) -> c.kind())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, Kind.MODIFICATION),
					org.assertj.core.groups.Tuple.tuple(2, Kind.CANCELLATION));

		assertThat(this.run.correct(year, "fundraiser@example.org")).isEqualTo(2);

		List<IssuedCertificate> all = this.store.ofYear(year);
		assertThat(all)
			.extracting(IssuedCertificate::number, IssuedCertificate::version, IssuedCertificate::kind,
					IssuedCertificate::amountCents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, Kind.ORIGINAL, 100_00L),
					org.assertj.core.groups.Tuple.tuple(1, 2, Kind.MODIFICATION, 70_00L),
					org.assertj.core.groups.Tuple.tuple(2, 1, Kind.ORIGINAL, 60_00L),
					org.assertj.core.groups.Tuple.tuple(2, 2, Kind.CANCELLATION, 60_00L),
					org.assertj.core.groups.Tuple.tuple(3, 1, Kind.ORIGINAL, 50_00L));
		IssuedCertificate stored = this.store.byId(original.id()).orElseThrow();
		assertThat(stored.amountCents()).isEqualTo(100_00);
		assertThat(stored.replacedBy()).isEqualTo(all.get(1).id());
		assertThat(all.get(1).replaces()).isEqualTo(original.id());
		assertThat(this.store.pdf(original.id()).orElseThrow()).isEqualTo(originalPdf);
		assertThat(this.store.certifiedGifts(original.id())).isEqualTo(originalGifts);
		assertThat(this.store.certifiedGifts(all.get(1).id())).containsEntry(first.id(), 30_00L);
		assertThat(this.store.certifiedGifts(all.get(3).id())).isEmpty();
		assertThat(this.run.corrections(year)).isEmpty();
		assertThat(this.run.correct(year, "fundraiser@example.org")).isZero();
		assertThat(this.run.issue(year, "fundraiser@example.org", CertificateRun.Progress.NONE).issued()).isZero();
		Poppler.require();
		assertThat(Poppler.text(this.store.pdf(all.get(1).id()).orElseThrow()).replaceAll("\\s+", " "))
			.contains("***70,00*** EUR", "n° 1");
	}

	@Test
	void theRunWaitsForTheYearToBeOverInBrussels() {
		int year = 2014;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		donors.certified("Lou", "Lemaire", Language.FR).gives(45_00, 6, 1);
		// 23:30 on 31 December in Brussels
		this.clock.set(Instant.parse("2014-12-31T22:30:00Z"));
		assertThatThrownBy(() -> this.run.issue(year, "system", CertificateRun.Progress.NONE))
			.isInstanceOf(IssuingRefused.class)
			.extracting((e) -> ((IssuingRefused) e).code())
			.isEqualTo("fundraising.issuing.problem.yearNotOver");
		assertThat(this.store.ofYear(year)).isEmpty();
		// 00:30 on 1 January in Brussels, still 31 December in London
		this.clock.set(Instant.parse("2014-12-31T23:30:00Z"));
		assertThat(this.run.issue(year, "system", CertificateRun.Progress.NONE).issued()).isEqualTo(1);
	}

	@Test
	void eachCertificateSpeaksItsDonorsLanguage() {
		int year = 2015;
		YearDonors donors = new YearDonors(this.gifts, this.campaigns, year);
		donors.certified("Mathilde", "Martin", Language.FR).gives(41_00, 2, 2);
		donors.certified("Noor", "Nijs", Language.NL).gives(42_00, 2, 2);
		donors.certified("Olivia", "Owen", Language.EN).gives(43_00, 2, 2);
		YearDonors.january(this.clock, year);
		this.run.issue(year, "system", CertificateRun.Progress.NONE);
		List<IssuedCertificate> issued = this.store.ofYear(year);
		Poppler.require();
		assertThat(text(issued.get(0))).contains("Attestation de libéralités (fiche 281.71)", "Mathilde",
				"***41,00*** EUR");
		assertThat(text(issued.get(1))).contains("Attest voor giften (fiche 281.71)", "Noor", "***42,00*** EUR");
		assertThat(text(issued.get(2))).contains("Tax certificate for gifts", "Olivia");
		for (IssuedCertificate certificate : issued) {
			String sealed = this.store.nrnSealed(certificate.id());
			assertThat(sealed).doesNotContain("7501");
		}
	}

	@Test
	void theDemoLetsAFundraiserRunTheCertificatesOf2025() {
		int year = 2025;
		YearDonors.january(this.clock, year);
		this.run.issue(year, "system", CertificateRun.Progress.NONE);
		assertThat(this.store.current(year))
			.extracting(IssuedCertificate::name, IssuedCertificate::amountCents, IssuedCertificate::language)
			.contains(org.assertj.core.groups.Tuple.tuple("Amélie Fictive", 150_00L, Language.FR),
					org.assertj.core.groups.Tuple.tuple("Pieter Voorbeeld", 50_00L, Language.NL),
					org.assertj.core.groups.Tuple.tuple("Grace Example", 250_00L, Language.EN));
		assertThat(this.store.current(year)).extracting(IssuedCertificate::name).doesNotContain("Lina Petitdon");
		assertThat(this.totals.followUp(year, 40_00))
			.extracting(YearTotals.FollowUp::lastName, YearTotals.FollowUp::reason)
			.contains(org.assertj.core.groups.Tuple.tuple("Sansnuméro", "noNationalNumber"));
	}

	private String text(IssuedCertificate certificate) {
		return Poppler.text(this.store.pdf(certificate.id()).orElseThrow()).replaceAll("\\s+", " ");
	}

	private long auditCount(int year) {
		return this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ?")
			.params(FundraisingAudit.CERTIFICATES_ISSUED.name(), "certificates:" + year)
			.query(Long.class)
			.single();
	}

}
