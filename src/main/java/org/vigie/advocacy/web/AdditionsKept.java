package org.vigie.advocacy.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;

/**
 * Keeps the sections advocacy adds to the advocacy page once built, per language, until
 * the next committed advocacy change (or 30 seconds, for what comes from other modules'
 * events and posts): without the page cache, the advocacy page then costs the content
 * module's one query, not one per section.
 */
@Configuration(proxyBeanMethods = false)
class AdditionsKept {

	/** The longest a built section is kept. */
	static final Duration KEPT = Duration.ofSeconds(30);

	@Bean
	static BeanPostProcessor advocacyAdditionsKept(ObjectProvider<AdvocacyCache> cache) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof PageAddition addition
						&& addition.getClass().getName().startsWith("org.vigie.advocacy.")) {
					return new Kept(addition, cache);
				}
				return bean;
			}

		};
	}

	/** An addition whose parts are kept per language and advocacy generation. */
	static final class Kept implements PageAddition {

		private final PageAddition addition;

		private final ObjectProvider<AdvocacyCache> cache;

		private final Cache<Key, Optional<Part>> parts = Caffeine.newBuilder()
			.maximumSize(12)
			.expireAfterWrite(KEPT)
			.build();

		Kept(PageAddition addition, ObjectProvider<AdvocacyCache> cache) {
			this.addition = addition;
			this.cache = cache;
		}

		@Override
		public String pageKey() {
			return this.addition.pageKey();
		}

		@Override
		public int order() {
			return this.addition.order();
		}

		@Override
		public List<String> tags() {
			return this.addition.tags();
		}

		@Override
		public Optional<Part> part(Language language) {
			long generation = this.cache.getObject().generation();
			return this.parts.get(new Key(language, generation), (key) -> this.addition.part(language));
		}

		private record Key(Language language, long generation) {
		}

	}

}
