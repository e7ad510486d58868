package org.vigie.reporting.desk.access;

import java.util.List;

import org.vigie.identity.StaffDirectory.StaffCard;
import org.vigie.reporting.desk.Analysts;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Recipients;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which analysts lack access to some reports, and which cannot receive it yet (no key
 * pair: they never signed in since they became analysts, or since a password reset).
 */
@Component
class MissingAccess {

	private final Analysts analysts;

	private final AnalystKeys keys;

	private final JdbcClient jdbc;

	MissingAccess(Analysts analysts, AnalystKeys keys, JdbcClient jdbc) {
		this.analysts = analysts;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	/**
	 * An analyst and what they miss.
	 *
	 * @param analyst who
	 * @param hasKeyPair whether they have a key pair to grant to
	 * @param missing how many reports were not wrapped for them
	 */
	record Gap(StaffCard analyst, boolean hasKeyPair, int missing) {
	}

	/** The analysts who miss access to at least one report, or have no key pair yet. */
	List<Gap> gaps() {
		var pairs = this.keys.publicKeys().keySet();
		return this.analysts.all()
			.stream()
			.map((card) -> new Gap(card, pairs.contains(card.id()), missing(card.id())))
			.filter((gap) -> !gap.hasKeyPair() || gap.missing() > 0)
			.toList();
	}

	/** How many reports were not wrapped for this analyst. */
	int missing(long staffId) {
		return this.jdbc.sql("""
				select count(*) from reporting_report r where not exists
				  (select 1 from reporting_grant g where g.report_id = r.id and g.recipient = ?)""")
			.param(Recipients.staff(staffId))
			.query(Integer.class)
			.single();
	}

}
