/**
 * Advocacy: the networks the NGO belongs to, its projects and the people they reached,
 * the tracker of how the member states transposed an EU directive (with two timelines for
 * every status), recommendations followed up until implemented, the policy watch, and an
 * impact page whose figures come from the other modules' published events. Everything
 * here is data staff keep up to date and that readers can compare and download.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advocacy", allowedDependencies = { "site", "identity",
		"notifications", "content", "media", "mobilisation", "reporting", "learning" })
package org.vigie.advocacy;
