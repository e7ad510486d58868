/**
 * Mobilisation: campaigns people join and relay, statements organisations sign, events
 * with registration, workshop requests from schools and centres, and the newsletter, all
 * on the NGO's own server. Its core ({@code people}, {@code consent}, {@code confirm})
 * holds what every form shares: a person found again by a keyed hash of their address, an
 * append-only consent ledger per purpose, and confirmation links that mail scanners
 * cannot use up. Its API is the events it publishes
 * ({@link org.vigie.mobilisation.PledgeConfirmed},
 * {@link org.vigie.mobilisation.WorkshopDelivered}), which the advocacy module counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobilisation",
		allowedDependencies = { "site", "identity", "notifications", "content", "media" })
package org.vigie.mobilisation;
