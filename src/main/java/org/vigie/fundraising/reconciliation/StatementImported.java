package org.vigie.fundraising.reconciliation;

import java.util.UUID;

/**
 * A bank statement file was imported and its matched gifts settled.
 *
 * @param importId the import
 */
public record StatementImported(UUID importId) {

}
