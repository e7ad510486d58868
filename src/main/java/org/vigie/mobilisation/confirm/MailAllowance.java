package org.vigie.mobilisation.confirm;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many confirmation emails one address may be sent a day, whatever the form: without
 * it, anyone could sign a stranger up to every campaign, statement, event and the
 * newsletter and bury their mailbox (list-bombing). Counted in the database by keyed hash
 * of the address, so every node shares the count.
 */
@Component
public class MailAllowance {

	private final JdbcClient jdbc;

	private final int perDay;

	MailAllowance(JdbcClient jdbc, @Value("${vigie.mobilisation.confirmations-per-address-per-day:5}") int perDay) {
		this.jdbc = jdbc;
		this.perDay = perDay;
	}

	/**
	 * Counts one more email to the address on that day, and whether it is allowed. The
	 * count is taken in one guarded update, so concurrent forms never pass the limit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean take(String addressHash, LocalDate day) {
		int updated = this.jdbc.sql(
				"update mobilisation_mail_allowance set sent = sent + 1 where address_hash = ? and sent_on = ? and sent < ?")
			.params(addressHash, day, this.perDay)
			.update();
		if (updated == 1) {
			return true;
		}
		boolean exists = this.jdbc
			.sql("select count(*) from mobilisation_mail_allowance where address_hash = ? and sent_on = ?")
			.params(addressHash, day)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		this.jdbc.sql("""
				insert into mobilisation_mail_allowance (address_hash, sent_on, sent)
				select ?, ?, 1 from (values (1)) one
				where not exists (select 1 from mobilisation_mail_allowance where address_hash = ? and sent_on = ?)""")
			.params(addressHash, day, addressHash, day)
			.update();
		return true;
	}

	/** Forgets the counts of days before that one. */
	@Transactional
	public int forgetBefore(LocalDate day) {
		return this.jdbc.sql("delete from mobilisation_mail_allowance where sent_on < ?").param(day).update();
	}

	/** The limit per address and day. */
	public int perDay() {
		return this.perDay;
	}

}
