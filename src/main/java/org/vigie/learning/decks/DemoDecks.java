package org.vigie.learning.decks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, the demo decks ({@code learning/decks/*.yaml}) go into a database that has
 * none, unless {@code vigie.demo.enabled=false}. A demo deck that breaks a rule stops the
 * start: it is part of the product.
 */
@Component
class DemoDecks implements SmartInitializingSingleton {

	static final String LOCATION = "classpath*:learning/decks/*.yaml";

	private final DeckStore store;

	private final Clock clock;

	private final boolean enabled;

	DemoDecks(DeckStore store, Clock clock, @Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.store = store;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.enabled && this.store.isEmpty()) {
			load();
		}
	}

	void load() {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					this.store.save(DeckFile.read(in), this.clock.instant());
				}
				catch (DeckRefused ex) {
					throw new IllegalStateException(
							"Demo deck " + resource.getFilename() + " is refused: " + ex.problems(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
