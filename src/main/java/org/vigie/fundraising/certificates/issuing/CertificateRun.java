package org.vigie.fundraising.certificates.issuing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.certificates.CertificateLine;
import org.vigie.fundraising.certificates.CertificatePdf;
import org.vigie.fundraising.certificates.CertificateRefused;
import org.vigie.fundraising.certificates.Declarant;
import org.vigie.fundraising.certificates.PostalAddress;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

/**
 * Issues a year's certificates and their corrections. Each runs in one transaction that
 * first locks the year's counter: numbers follow on from the last one given, without a
 * gap (a failure rolls back the certificates with their numbers), and a second run, here
 * or on another node, waits and then issues only for the donors the first one left.
 * <p>
 * Certified gifts are locked: a certificate and what it certified are never rewritten. A
 * later refund, charge-back or correction in the ledger shows as a difference between a
 * certificate and the donor's total, which a correction turns into a new version under
 * the same number.
 */
@Component
class CertificateRun {

	/** The context the national register numbers on certificates are sealed under. */
	static final String NRN_CONTEXT = "fundraising-certificate-nrn";

	private final CertificateStore store;

	private final YearTotals totals;

	private final Donors donors;

	private final Declarants declarants;

	private final CertificatePdf pdf;

	private final CertificateMail mail;

	private final ServerKeys keys;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final FundraisingProperties properties;

	private final Clock clock;

	CertificateRun(CertificateStore store, YearTotals totals, Donors donors, Declarants declarants, CertificatePdf pdf,
			CertificateMail mail, ServerKeys keys, AuditTrail audit, JdbcClient jdbc, FundraisingProperties properties,
			Clock clock) {
		this.store = store;
		this.totals = totals;
		this.donors = donors;
		this.declarants = declarants;
		this.pdf = pdf;
		this.mail = mail;
		this.keys = keys;
		this.audit = audit;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Issues an original certificate to every donor of the year who gave at least the
	 * minimum, has none yet, and gave a national register number and an address.
	 * @param actor who asked for it, for the audit trail
	 * @param progress told how far the run is
	 * @return what was issued
	 * @throws IssuingRefused before the year is over or without a usable institution
	 */
	@Transactional
	public Outcome issue(int year, String actor, Progress progress) {
		Declarant declarant = usable(year);
		int last = this.store.lockYear(year);
		int first = last + 1;
		List<YearTotals.DonorTotal> due = this.totals.uncertified(year, this.properties.certificateMinimumCents());
		progress.started(due.size());
		this.jdbc.sql("delete from fundraising_certificate_held where tax_year = ?").param(year).update();
		LocalDate today = TaxYears.today(this.clock);
		Instant now = this.clock.instant();
		int done = 0;
		int issued = 0;
		for (YearTotals.DonorTotal owed : due) {
			Donor donor = this.donors.byId(owed.donorId()).orElseThrow();
			if (!donor.erased() && donor.hasNationalNumber() && donor.address() != null) {
				if (issueOne(declarant, year, last + 1, donor, owed.totalCents(), today, now)) {
					last++;
					issued++;
				}
			}
			progress.done(++done, issued);
		}
		this.store.lastNumber(year, last);
		if (issued > 0) {
			this.audit.record(FundraisingAudit.CERTIFICATES_ISSUED, actor, "certificates:" + year,
					"originals " + first + "-" + last);
		}
		return new Outcome(issued, (issued > 0) ? first : 0, last);
	}

	/** The year's certificates whose donor's total changed since they were issued. */
	List<Correction> corrections(int year) {
		long minimum = this.properties.certificateMinimumCents();
		Map<UUID, Long> now = this.totals.ofCertified(year);
		List<Correction> due = new ArrayList<>();
		for (IssuedCertificate certificate : this.store.current(year)) {
			long total = now.getOrDefault(certificate.donorId(), 0L);
			if (certificate.kind() == CertificateLine.Kind.CANCELLATION) {
				if (total >= minimum) {
					due.add(new Correction(certificate, total, CertificateLine.Kind.MODIFICATION));
				}
			}
			else if (total != certificate.amountCents()) {
				due.add(new Correction(certificate, total,
						(total >= minimum) ? CertificateLine.Kind.MODIFICATION : CertificateLine.Kind.CANCELLATION));
			}
		}
		return due;
	}

	/**
	 * Issues a new version, under the same number, of every certificate whose donor's
	 * total changed: a modification with the new total, or a cancellation when it fell
	 * under the minimum. The earlier version stays stored, noted as replaced.
	 * @return how many certificates were corrected
	 */
	@Transactional
	public int correct(int year, String actor) {
		Declarant declarant = usable(year);
		this.store.lockYear(year);
		List<Correction> due = corrections(year);
		LocalDate today = TaxYears.today(this.clock);
		Instant now = this.clock.instant();
		for (Correction correction : due) {
			IssuedCertificate before = correction.certificate();
			String sealed = this.store.nrnSealed(before.id());
			this.audit.record(FundraisingAudit.NATIONAL_NUMBER_READ, actor, "donor:" + before.donorId(),
					"certificate correction " + year);
			NationalRegisterNumber nrn = NationalRegisterNumber.parse(this.keys.open(sealed, NRN_CONTEXT));
			boolean cancels = correction.kind() == CertificateLine.Kind.CANCELLATION;
			long amount = cancels ? before.amountCents() : correction.totalCents();
			CertificateLine line = new CertificateLine(before.number(), correction.kind(), nrn, before.lastName(),
					before.firstName(), before.address(), language(before.language()), amount);
			IssuedCertificate after = new IssuedCertificate(UUID.randomUUID(), year, before.number(),
					before.version() + 1, before.donorId(), correction.kind(), before.id(), null, amount,
					before.language(), before.firstName(), before.lastName(), before.address(), now);
			this.store.insert(after, sealed, this.pdf.render(declarant, year, line, today),
					cancels ? Map.of() : this.totals.gifts(before.donorId(), year));
			this.mail.ready(before.donorId(), before.firstName(), before.language(), year, before.number(), true);
		}
		if (!due.isEmpty()) {
			this.audit.record(FundraisingAudit.CERTIFICATES_ISSUED, actor, "certificates:" + year,
					"corrections " + due.size());
		}
		return due.size();
	}

	/** Issues one original, or notes why the donor's details do not fit a certificate. */
	private boolean issueOne(Declarant declarant, int year, int number, Donor donor, long totalCents, LocalDate today,
			Instant now) {
		NationalRegisterNumber nrn = this.donors.nationalNumber(donor.id(), "system", "certificate " + year)
			.orElseThrow();
		org.vigie.fundraising.donors.PostalAddress home = donor.address();
		CertificateLine line;
		try {
			line = new CertificateLine(number, CertificateLine.Kind.ORIGINAL, nrn, donor.lastName(), donor.firstName(),
					new PostalAddress(home.street(), home.postcode(), home.city(), home.country()),
					language(donor.language()), totalCents);
		}
		catch (CertificateRefused refused) {
			this.jdbc.sql("insert into fundraising_certificate_held (tax_year, donor_id, reason) values (?, ?, ?)")
				.params(year, donor.id(), reason(refused))
				.update();
			return false;
		}
		IssuedCertificate certificate = new IssuedCertificate(UUID.randomUUID(), year, number, 1, donor.id(),
				CertificateLine.Kind.ORIGINAL, null, null, totalCents, donor.language(), line.firstName(), line.name(),
				line.address(), now);
		this.store.insert(certificate, this.keys.seal(nrn.digits(), NRN_CONTEXT),
				this.pdf.render(declarant, year, line, today), this.totals.gifts(donor.id(), year));
		this.mail.ready(donor.id(), line.firstName(), donor.language(), year, number, false);
		return true;
	}

	/** The institution, once the year is over. */
	private Declarant usable(int year) {
		if (!TaxYears.isOver(year, this.clock)) {
			throw new IssuingRefused("fundraising.issuing.problem.yearNotOver", String.valueOf(year),
					String.valueOf(year + 1));
		}
		Declarants.Configured configured = this.declarants.current();
		if (!configured.usable()) {
			throw new IssuingRefused("fundraising.issuing.problem.declarant");
		}
		return configured.declarant();
	}

	/**
	 * Why a donor's details were refused, as {@code problem:field} (the field empty when
	 * the problem names none), for the page's follow-up list.
	 */
	private static String reason(CertificateRefused refused) {
		String problem = refused.code().substring(refused.code().lastIndexOf('.') + 1);
		String field = "";
		for (Object argument : refused.arguments()) {
			if (argument instanceof DefaultMessageSourceResolvable resolvable && resolvable.getCode() != null) {
				field = resolvable.getCode();
			}
		}
		return problem + ":" + field;
	}

	static org.vigie.fundraising.certificates.Language language(Language language) {
		return org.vigie.fundraising.certificates.Language.valueOf(language.name());
	}

	/** What a run is told to show its progress. */
	interface Progress {

		/** No progress shown. */
		Progress NONE = new Progress() {
		};

		/** The run found this many donors to look at. */
		default void started(int donors) {
		}

		/** It looked at this many, and issued this many certificates. */
		default void done(int donors, int issued) {
		}

	}

	/**
	 * What a run issued.
	 *
	 * @param issued how many certificates
	 * @param first the first number given, 0 for none
	 * @param last the last number of the year after the run
	 */
	record Outcome(int issued, int first, int last) {
	}

	/**
	 * A certificate whose donor's total changed.
	 *
	 * @param certificate its current version
	 * @param totalCents the donor's total now
	 * @param kind the correction it needs
	 */
	record Correction(IssuedCertificate certificate, long totalCents, CertificateLine.Kind kind) {
	}

}
