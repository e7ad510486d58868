package org.vigie.fundraising.certificates;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certificate makers as beans for the January run. The directory where next year's
 * Belcotax schema can be dropped is {@code vigie.fundraising.belcotax-dir}; without it,
 * only the schemas shipped on the classpath are used.
 */
@Configuration(proxyBeanMethods = false)
class CertificatesConfiguration {

	@Bean
	BelcotaxFile belcotaxFile(@Value("${vigie.fundraising.belcotax-dir:}") String directory) {
		return new BelcotaxFile(new BelcotaxSchemas(directory.isBlank() ? null : Path.of(directory)));
	}

	@Bean
	CertificatePdf certificatePdf() {
		return new CertificatePdf();
	}

}
