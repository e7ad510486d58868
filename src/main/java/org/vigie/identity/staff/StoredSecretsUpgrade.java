package org.vigie.identity.staff;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.identity.ServerKeys;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the TOTP secrets and keys the recovery-code hashes that were stored before the
 * server key store existed. It runs once the beans are ready and before the web server
 * takes requests, so sign-in never meets a secret in the old form (it refuses those: a
 * database writer could otherwise plant a known secret in the clear). Each row is changed
 * only if it still holds what was read, so several nodes starting together do no harm.
 */
@Component
class StoredSecretsUpgrade implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StoredSecretsUpgrade.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final StoredSecrets stored;

	StoredSecretsUpgrade(JdbcTemplate jdbc, TransactionTemplate transactions, ServerKeys keys) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.stored = new StoredSecrets(keys);
	}

	@Override
	public void afterSingletonsInstantiated() {
		int upgraded = upgrade();
		if (upgraded > 0) {
			log.info("Second-factor secrets upgraded to the server key: {} rows", upgraded);
		}
	}

	/** Upgrades every row still in the old form; returns how many. */
	int upgrade() {
		Integer count = this.transactions.execute((status) -> upgradeTotpSecrets() + upgradeRecoveryCodes());
		return (count != null) ? count : 0;
	}

	private int upgradeTotpSecrets() {
		int count = 0;
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, totp_secret from identity_staff where totp_secret is not null");
		for (Map<String, Object> row : rows) {
			String secret = (String) row.get("totp_secret");
			if (this.stored.isPlainTotp(secret)) {
				long id = ((Number) row.get("id")).longValue();
				count += this.jdbc.update("update identity_staff set totp_secret = ? where id = ? and totp_secret = ?",
						this.stored.sealTotp(id, secret), id, secret);
			}
		}
		return count;
	}

	private int upgradeRecoveryCodes() {
		int count = 0;
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select id, code_hash from identity_recovery_code where code_hash not like ?",
				StoredSecrets.KEYED + "%");
		for (Map<String, Object> row : rows) {
			String hash = (String) row.get("code_hash");
			count += this.jdbc.update("update identity_recovery_code set code_hash = ? where id = ? and code_hash = ?",
					this.stored.keyedRecoveryHash(hash), row.get("id"), hash);
		}
		return count;
	}

}
