package org.vigie.fundraising.admin;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.site.SiteProperties;

/**
 * The lists of gifts, pages and certificates the fundraisers' pages show, read straight
 * from the module's tables, each gift with its net computed from the ledger.
 */
@Component
class GiftQueries {

	/** The most gifts a list shows; filters narrow it down. */
	static final int LIMIT = 500;

	private static final String SELECT = """
			select g.id, g.campaign_id, g.donor_id, d.first_name, d.last_name, g.amount_cents, g.method, g.provider,
			g.status, g.monthly, g.created_at, g.settled_on,
			(select coalesce(sum(l.amount_cents), 0) from fundraising_ledger l where l.gift_id = g.id) as net
			from fundraising_gift g join fundraising_donor d on d.id = g.donor_id""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	GiftQueries(JdbcClient jdbc, SiteProperties site) {
		this.jdbc = jdbc;
		this.zone = site.timeZone();
	}

	/** The latest gifts promised, of every campaign. */
	List<GiftRow> latest(int count) {
		return this.jdbc.sql(SELECT + " order by g.created_at desc limit " + count).query((rs, row) -> row(rs)).list();
	}

	/**
	 * A campaign's gifts, newest first, narrowed by status, method and the month they
	 * were promised in (each {@code null} for all).
	 */
	List<GiftRow> ofCampaign(UUID campaignId, String status, String method, YearMonth month) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where g.campaign_id = ?");
		List<Object> params = new ArrayList<>(List.of(campaignId));
		if (status != null) {
			sql.append(" and g.status = ?");
			params.add(status);
		}
		if (method != null) {
			sql.append(" and g.method = ?");
			params.add(method);
		}
		if (month != null) {
			sql.append(" and g.created_at >= ? and g.created_at < ?");
			params.add(Timestamp.from(month.atDay(1).atStartOfDay(this.zone).toInstant()));
			params.add(Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant()));
		}
		sql.append(" order by g.created_at desc limit ").append(LIMIT);
		return this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> row(rs)).list();
	}

	/** A donor's gifts, newest first. */
	List<GiftRow> ofDonor(UUID donorId) {
		return this.jdbc.sql(SELECT + " where g.donor_id = ? order by g.created_at desc limit " + LIMIT)
			.param(donorId)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** A campaign's gifts that still hold money, for refunding them all. */
	List<GiftRow> holdingMoney(UUID campaignId) {
		return this.jdbc.sql(SELECT + " where g.campaign_id = ? order by g.created_at")
			.param(campaignId)
			.query((rs, row) -> row(rs))
			.list()
			.stream()
			.filter((gift) -> gift.netCents() > 0)
			.toList();
	}

	/** The runners' and teams' pages of a campaign, for crediting income to one. */
	List<PageChoice> pages(UUID campaignId) {
		return this.jdbc
			.sql("select id, kind, display_name from fundraising_page where campaign_id = ? "
					+ "order by kind desc, display_name")
			.param(campaignId)
			.query((rs, row) -> new PageChoice(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("display_name")))
			.list();
	}

	/** Whether a page belongs to a campaign. */
	boolean pageOf(UUID campaignId, UUID pageId) {
		return this.jdbc.sql("select count(*) from fundraising_page where id = ? and campaign_id = ?")
			.params(pageId, campaignId)
			.query(Long.class)
			.single() > 0;
	}

	/** The tax certificates issued to a donor, newest first. */
	List<CertificateRow> certificates(UUID donorId) {
		return this.jdbc.sql("""
				select tax_year, number, kind, amount_cents, issued_at from fundraising_certificate where donor_id = ?
				order by tax_year desc, number desc""")
			.param(donorId)
			.query((rs, row) -> new CertificateRow(rs.getInt("tax_year"), rs.getInt("number"), rs.getString("kind"),
					rs.getLong("amount_cents"),
					rs.getTimestamp("issued_at").toInstant().atZone(this.zone).toLocalDate()))
			.list();
	}

	private GiftRow row(ResultSet rs) throws SQLException {
		Date settled = rs.getDate("settled_on");
		return new GiftRow(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("donor_id", UUID.class),
				(rs.getString("first_name") + " " + rs.getString("last_name")).strip(), rs.getLong("amount_cents"),
				rs.getLong("net"), rs.getString("method"), rs.getString("provider"), rs.getString("status"),
				rs.getBoolean("monthly"), rs.getTimestamp("created_at").toInstant().atZone(this.zone).toLocalDate(),
				(settled != null) ? settled.toLocalDate() : null);
	}

	/**
	 * A runner's or team's page.
	 *
	 * @param id the page
	 * @param kind {@code RUNNER} or {@code TEAM}
	 * @param name its display name
	 */
	record PageChoice(UUID id, String kind, String name) {
	}

	/**
	 * A tax certificate on a donor's page.
	 *
	 * @param taxYear the year it certifies
	 * @param number its number in that year
	 * @param kind original, modification or cancellation
	 * @param amountCents the amount certified
	 * @param issuedOn the day it was issued
	 */
	record CertificateRow(int taxYear, int number, String kind, long amountCents, LocalDate issuedOn) {
	}

}
