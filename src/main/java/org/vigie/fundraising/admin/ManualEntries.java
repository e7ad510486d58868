package org.vigie.fundraising.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.LedgerEntry;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.PageCache;
import org.vigie.site.SiteProperties;

/**
 * Money a fundraiser records by hand: income that is not a gift (entry fees, cash handed
 * over at an event, goods sold), never deductible, optionally credited to a runner's or
 * team's page; and corrections, new entries that name the entry they correct, since the
 * ledger is never changed. Each form carries a key, so the same form sent twice records
 * once.
 */
@Service
class ManualEntries {

	/** The longest note; notes name what the money was, never who gave it. */
	static final int NOTE = 120;

	/** How far back a day may be booked. */
	static final int DAYS_BACK = 3 * 366;

	private final Ledger ledger;

	private final CampaignStore campaigns;

	private final GiftQueries queries;

	private final AuditTrail audit;

	private final PageCache pages;

	private final JdbcClient jdbc;

	private final SiteProperties site;

	private final Clock clock;

	ManualEntries(Ledger ledger, CampaignStore campaigns, GiftQueries queries, AuditTrail audit, PageCache pages,
			JdbcClient jdbc, SiteProperties site, Clock clock) {
		this.ledger = ledger;
		this.campaigns = campaigns;
		this.queries = queries;
		this.audit = audit;
		this.pages = pages;
		this.jdbc = jdbc;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Records income that is not a gift.
	 * @return whether it was recorded now (false: that form was already recorded)
	 * @throws AdminRefused when a field is wrong; nothing is recorded then
	 */
	@Transactional
	boolean income(IncomeForm form, StaffIdentity me) {
		CampaignEditing.allowed(me);
		String key = "staff:income:" + formKey(form.key());
		if (this.ledger.contains(key)) {
			return false;
		}
		Campaign campaign = AdminPaths.id(form.campaign())
			.flatMap(this.campaigns::byId)
			.orElseThrow(() -> new AdminRefused("fundraising.admin.problem.campaign"));
		UUID page = null;
		if (!form.page().isEmpty()) {
			page = AdminPaths.id(form.page())
				.filter((id) -> this.queries.pageOf(campaign.id(), id))
				.orElseThrow(() -> new AdminRefused("fundraising.admin.problem.page"));
		}
		IncomeKind what = IncomeKind.of(form.what());
		long cents = positive(form.amount());
		LocalDate day = day(form.day());
		String note = what.name().toLowerCase(Locale.ROOT) + (form.note().isEmpty() ? "" : ": " + note(form.note()));
		boolean recorded = this.ledger.append(new NewEntry(key, EntryKind.INCOME, campaign.id(), page, null, null,
				cents, 0, false, day, EntrySource.STAFF, note, null), this.clock.instant());
		if (recorded) {
			this.audit.record(FundraisingAudit.ENTRY_RECORDED, me.email(), "campaign:" + campaign.key(),
					"income " + what.name().toLowerCase(Locale.ROOT));
			this.pages.evictTagged("home");
		}
		return recorded;
	}

	/**
	 * Records a correction of an entry.
	 * @return whether it was recorded now (false: that form was already recorded)
	 * @throws AdminRefused when the entry is unknown, the amount zero or absurd, or the
	 * correction would turn the entry's sign; nothing is recorded then
	 */
	@Transactional
	boolean correction(CorrectionForm form, StaffIdentity me) {
		CampaignEditing.allowed(me);
		String key = "staff:correction:" + formKey(form.key());
		if (this.ledger.contains(key)) {
			return false;
		}
		long id;
		try {
			id = Long.parseLong(form.entry());
		}
		catch (NumberFormatException ex) {
			throw new AdminRefused("fundraising.admin.problem.entry");
		}
		// one correction of an entry at a time, whoever sends it
		this.jdbc.sql("select id from fundraising_ledger where id = ? for update").param(id).query(Long.class).list();
		LedgerEntry corrected = this.ledger.byId(id)
			.orElseThrow(() -> new AdminRefused("fundraising.admin.problem.entry"));
		OptionalLong typed = Euros.cents(form.amount());
		if (typed.isEmpty() || typed.getAsLong() == 0) {
			throw new AdminRefused("fundraising.admin.problem.correctionAmount");
		}
		long cents = typed.getAsLong();
		long before = corrected.amountCents()
				+ this.jdbc.sql("select coalesce(sum(amount_cents), 0) from fundraising_ledger where corrects = ?")
					.param(id)
					.query(Long.class)
					.single();
		long after = before + cents;
		if (after != 0 && Long.signum(after) != Long.signum(corrected.amountCents())) {
			throw new AdminRefused("fundraising.admin.problem.correctionSign");
		}
		if (form.note().isBlank()) {
			throw new AdminRefused("fundraising.admin.problem.reason", NOTE);
		}
		boolean recorded = this.ledger.append(new NewEntry(key, EntryKind.CORRECTION, corrected.campaignId(),
				corrected.pageId(), corrected.giftId(), corrected.donorId(), cents, 0, corrected.deductible(),
				day(form.day()), EntrySource.STAFF, note(form.note()), id), this.clock.instant());
		if (recorded) {
			this.audit.record(FundraisingAudit.ENTRY_RECORDED, me.email(), "entry:" + id, "correction");
			this.pages.evictTagged("home");
		}
		return recorded;
	}

	private static String formKey(String typed) {
		return AdminPaths.id(typed).orElseThrow(() -> new AdminRefused("fundraising.admin.problem.formKey")).toString();
	}

	private static long positive(String typed) {
		OptionalLong cents = Euros.cents(typed);
		if (cents.isEmpty() || cents.getAsLong() <= 0) {
			throw new AdminRefused("fundraising.admin.problem.amount");
		}
		return cents.getAsLong();
	}

	private LocalDate day(String typed) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		try {
			LocalDate day = LocalDate.parse(typed);
			if (!day.isAfter(today) && !day.isBefore(today.minusDays(DAYS_BACK))) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		throw new AdminRefused("fundraising.admin.problem.day");
	}

	private static String note(String typed) {
		if (typed.length() > NOTE || typed.contains("<") || typed.contains(">")) {
			throw new AdminRefused("fundraising.admin.problem.note", NOTE);
		}
		return typed;
	}

}
