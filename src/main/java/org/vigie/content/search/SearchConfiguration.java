package org.vigie.content.search;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Lucene index, in {@code vigie.search.directory} ({@code ./data/search} by
 * default; empty keeps it in memory).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	LuceneSearchIndex searchIndex(@Value("${vigie.search.directory:./data/search}") String directory) {
		return new LuceneSearchIndex(directory.isBlank() ? null : Path.of(directory));
	}

}
