package org.vigie.fundraising.reconciliation;

import java.io.InputStream;
import java.util.List;

import org.vigie.fundraising.statements.Statement;

/**
 * Reads an uploaded statement file into statements, whatever its format: the one seam
 * through which the import takes its reader. The bean declared in
 * {@link ReconciliationDeclarations} reads CAMT.053 and CODA
 * ({@link org.vigie.fundraising.statements.StatementFiles}).
 */
@FunctionalInterface
public interface StatementFiles {

	/**
	 * Reads every statement of a file.
	 * @throws org.vigie.fundraising.statements.StatementProblem when the file is refused
	 */
	List<Statement> read(InputStream in);

}
