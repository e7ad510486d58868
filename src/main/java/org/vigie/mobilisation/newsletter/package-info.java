/**
 * The newsletter: subscriptions per language and topic confirmed by email, one-click
 * unsubscribe links, issues and their delivery through the outbox at a configured rate.
 */
package org.vigie.mobilisation.newsletter;
