package org.vigie.fundraising.certificates.issuing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.certificates.BelcotaxFile;
import org.vigie.fundraising.certificates.CertificateLine;
import org.vigie.fundraising.certificates.ControlTotals;
import org.vigie.fundraising.certificates.Declarant;
import org.vigie.fundraising.certificates.Sending;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;

/**
 * The year's Belcotax files. The first file a fundraiser uploads is the original sending;
 * once they type the reference Belcotax gave it, it counts as sent, and every later file
 * is a sending of corrections under that reference, holding only what changed since: the
 * new versions of certificates already sent (modifications, cancellations) and the
 * originals issued after it (late certificates, written as additions). A certificate
 * corrected or cancelled before it was ever sent goes as an original with its latest
 * figures, or not at all.
 */
@Component
class BelcotaxSendings {

	private final JdbcClient jdbc;

	private final CertificateStore store;

	private final BelcotaxFile belcotax;

	private final Declarants declarants;

	private final ServerKeys keys;

	private final AuditTrail audit;

	private final Clock clock;

	BelcotaxSendings(JdbcClient jdbc, CertificateStore store, BelcotaxFile belcotax, Declarants declarants,
			ServerKeys keys, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.belcotax = belcotax;
		this.declarants = declarants;
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the next file of the year holds, and its control totals. */
	Pending pending(int year) {
		Set<UUID> sent = new HashSet<>(this.jdbc.sql("""
				select f.certificate_id from fundraising_belcotax_form f join fundraising_belcotax_sending s
					on s.id = f.sending_id where s.tax_year = ? and s.sent_at is not null""")
			.param(year)
			.query(UUID.class)
			.list());
		Set<Integer> sentNumbers = new HashSet<>();
		List<IssuedCertificate> all = this.store.ofYear(year);
		all.stream().filter((c) -> sent.contains(c.id())).forEach((c) -> sentNumbers.add(c.number()));
		List<Form> forms = new ArrayList<>();
		for (IssuedCertificate certificate : all) {
			if (!certificate.current() || sent.contains(certificate.id())) {
				continue;
			}
			if (sentNumbers.contains(certificate.number())) {
				forms.add(new Form(certificate, certificate.kind()));
			}
			else if (certificate.kind() != CertificateLine.Kind.CANCELLATION) {
				forms.add(new Form(certificate, CertificateLine.Kind.ORIGINAL));
			}
		}
		long numbers = forms.stream().mapToLong((form) -> form.certificate().number()).sum();
		long amounts = forms.stream().mapToLong((form) -> form.certificate().amountCents()).sum();
		return new Pending(originalReference(year).orElse(null), forms,
				new ControlTotals(forms.size(), numbers, amounts));
	}

	/**
	 * Writes the next file of the year, validated against the year's schema, and records
	 * it as waiting for Belcotax's reference (replacing a file downloaded earlier that
	 * never got one).
	 * @throws org.vigie.fundraising.certificates.CertificateRefused when the year has no
	 * schema or the schema rejects the file ({@code BelcotaxInvalid}, with its messages)
	 * @throws IssuingRefused without a usable institution or anything to send
	 */
	@Transactional
	byte[] write(int year, String actor) {
		Declarants.Configured configured = this.declarants.current();
		if (!configured.usable()) {
			throw new IssuingRefused("fundraising.issuing.problem.declarant");
		}
		Declarant declarant = configured.declarant();
		Pending pending = pending(year);
		if (pending.forms().isEmpty()) {
			throw new IssuingRefused("fundraising.issuing.problem.nothingToSend", String.valueOf(year));
		}
		List<CertificateLine> lines = new ArrayList<>();
		for (Form form : pending.forms()) {
			IssuedCertificate c = form.certificate();
			NationalRegisterNumber nrn = NationalRegisterNumber
				.parse(this.keys.open(this.store.nrnSealed(c.id()), CertificateRun.NRN_CONTEXT));
			lines.add(new CertificateLine(c.number(), form.kind(), nrn, c.lastName(), c.firstName(), c.address(),
					CertificateRun.language(c.language()), c.amountCents()));
		}
		Sending sending = pending.correcting() ? Sending.correcting(pending.corrects()) : Sending.original();
		byte[] xml = this.belcotax.write(year, sending, declarant, lines, TaxYears.today(this.clock));
		this.audit.record(FundraisingAudit.NATIONAL_NUMBER_READ, actor, "certificates:" + year,
				"belcotax file, " + lines.size() + " certificates");
		this.jdbc.sql("delete from fundraising_belcotax_sending where tax_year = ? and sent_at is null")
			.param(year)
			.update();
		UUID id = UUID.randomUUID();
		ControlTotals totals = pending.totals();
		this.jdbc.sql("""
				insert into fundraising_belcotax_sending (id, tax_year, correcting, corrects, forms, sum_numbers,
					sum_amounts, xml, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, year, pending.correcting(), pending.corrects(), totals.forms(), totals.sumOfNumbers(),
					totals.sumOfAmounts(), xml, Timestamp.from(this.clock.instant()))
			.update();
		for (Form form : pending.forms()) {
			this.jdbc.sql("insert into fundraising_belcotax_form (sending_id, certificate_id) values (?, ?)")
				.params(id, form.certificate().id())
				.update();
		}
		this.audit.record(FundraisingAudit.EXPORTED, actor, "certificates:" + year,
				"belcotax " + (pending.correcting() ? "corrections" : "original") + ", " + totals.forms() + " forms");
		return xml;
	}

	/**
	 * Notes that the file downloaded last was accepted by Belcotax under that reference:
	 * its certificates are sent, and later files correct the original sending.
	 * @throws org.vigie.fundraising.certificates.CertificateRefused when the reference is
	 * not 1 to 6 letters or digits
	 * @throws IssuingRefused when no downloaded file waits for one
	 */
	@Transactional
	void sent(int year, String reference, String actor) {
		String clean = Sending.correcting((reference != null) ? reference.strip() : null).corrects();
		int changed = this.jdbc.sql("""
				update fundraising_belcotax_sending set reference = ?, sent_at = ?
					where tax_year = ? and sent_at is null""")
			.params(clean, Timestamp.from(this.clock.instant()), year)
			.update();
		if (changed == 0) {
			throw new IssuingRefused("fundraising.issuing.problem.nothingDownloaded", String.valueOf(year));
		}
		this.audit.record(FundraisingAudit.CERTIFICATES_ISSUED, actor, "certificates:" + year,
				"belcotax sending noted as sent");
	}

	/** The year's files, oldest first. */
	List<SendingView> ofYear(int year) {
		return this.jdbc.sql("""
				select id, correcting, corrects, reference, forms, sum_numbers, sum_amounts, created_at, sent_at
					from fundraising_belcotax_sending where tax_year = ? order by created_at, id""")
			.param(year)
			.query((rs, row) -> {
				Timestamp sentAt = rs.getTimestamp("sent_at");
				return new SendingView(rs.getObject("id", UUID.class), rs.getBoolean("correcting"),
						rs.getString("corrects"), rs.getString("reference"),
						new ControlTotals(rs.getInt("forms"), rs.getLong("sum_numbers"), rs.getLong("sum_amounts")),
						rs.getTimestamp("created_at").toInstant(), (sentAt != null) ? sentAt.toInstant() : null);
			})
			.list();
	}

	private Optional<String> originalReference(int year) {
		return this.jdbc.sql("""
				select reference from fundraising_belcotax_sending where tax_year = ? and sent_at is not null
					and correcting = false order by sent_at fetch first 1 rows only""")
			.param(year)
			.query(String.class)
			.optional();
	}

	/**
	 * One form of the next file.
	 *
	 * @param certificate the certificate version it writes
	 * @param kind how it is written: an original, or the correction of one already sent
	 */
	record Form(IssuedCertificate certificate, CertificateLine.Kind kind) {
	}

	/**
	 * The next file of a year.
	 *
	 * @param corrects the reference of the original sending it corrects, or {@code null}
	 * for the original sending
	 * @param forms its forms, by number
	 * @param totals its control totals
	 */
	record Pending(String corrects, List<Form> forms, ControlTotals totals) {

		public boolean correcting() {
			return this.corrects != null;
		}

	}

	/**
	 * A file produced for a year.
	 *
	 * @param id the file
	 * @param correcting whether it corrects the original sending
	 * @param corrects the reference it corrects
	 * @param reference the reference Belcotax gave it, once sent
	 * @param totals its control totals
	 * @param createdAt when it was downloaded
	 * @param sentAt when it was noted as accepted by Belcotax
	 */
	record SendingView(UUID id, boolean correcting, String corrects, String reference, ControlTotals totals,
			Instant createdAt, Instant sentAt) {

		/** The day it was downloaded, in Brussels. */
		public java.time.LocalDate createdOn() {
			return java.time.LocalDate.ofInstant(this.createdAt, TaxYears.BRUSSELS);
		}

	}

}
