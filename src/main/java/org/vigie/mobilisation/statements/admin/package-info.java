/**
 * The campaigners' pages for statements: writing them in three languages, the moderation
 * queue, merged submissions, renaming, and the PDF and CSV exports of signatories.
 */
package org.vigie.mobilisation.statements.admin;
