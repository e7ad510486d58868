package org.vigie.media.store;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media store: files on disk unless another {@link MediaStorage} is configured.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaStorage.class)
	MediaStorage diskMediaStorage(@Value("${vigie.media.directory:./data/media}") Path directory) throws IOException {
		return new DiskMediaStorage(directory);
	}

}
