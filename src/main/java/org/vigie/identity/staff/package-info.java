/**
 * Staff accounts: Argon2id password hashes, roles, sign-in bookkeeping and lockout.
 */
package org.vigie.identity.staff;
