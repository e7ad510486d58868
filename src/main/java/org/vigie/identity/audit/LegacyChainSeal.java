package org.vigie.identity.audit;

import org.vigie.identity.AuditAction;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, when the chain ends with entries written before the server key existed,
 * appends a keyed entry after them: its HMAC covers their last hash, so from then on they
 * cannot be rewritten silently either, and the chain ends keyed as
 * {@link HashChainedAuditTrail#firstBrokenEntry()} requires.
 */
@Component
class LegacyChainSeal implements SmartInitializingSingleton {

	private final HashChainedAuditTrail trail;

	LegacyChainSeal(HashChainedAuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.trail.endsUnkeyed()) {
			this.trail.record(AuditAction.AUDIT_KEYED, "system", null,
					"entries written before the audit key are sealed by this one");
		}
	}

}
