package org.vigie.mobilisation.statements;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.web.SignedIds;

/**
 * The key in a signature's withdrawal link: the signature's id and a keyed hash of it, so
 * nobody withdraws another organisation's signature by guessing, and any node checks it
 * without a table. It is sent only to the organisation's confirmed contacts.
 */
@Component("mobilisationStatementsWithdrawalLinks")
public class WithdrawalLinks extends SignedIds {

	WithdrawalLinks(ServerKeys keys) {
		super(keys, "mobilisation-statements-withdraw");
	}

	/** The signature a key names, when it is genuine. */
	public Optional<UUID> signature(String key) {
		return id(key);
	}

}
