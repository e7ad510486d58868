package org.vigie.fundraising.reconciliation;

import org.vigie.fundraising.statements.StatementReader;
import org.vigie.site.UploadLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * What statement import declares: the reader of uploaded files, and the upload limit of
 * its address, a little over the largest file the reader reads, so that a file just too
 * large is refused by the reader with its own message and a much larger one before
 * anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationDeclarations {

	/** The largest upload: the reader's limit and room for the form's other fields. */
	static final DataSize UPLOAD = DataSize.ofBytes(StatementReader.DEFAULT_LIMIT + DataSize.ofMegabytes(1).toBytes());

	/** CAMT.053 or CODA, recognised by the file's first character. */
	@Bean
	StatementFiles statementFiles() {
		return org.vigie.fundraising.statements.StatementFiles::read;
	}

	@Bean
	UploadLimit statementUploadLimit() {
		return new UploadLimit(ReconciliationPaths.STATEMENTS + "/**", UPLOAD,
				ReconciliationPaths.IMPORT + "?problem=tooLarge");
	}

}
