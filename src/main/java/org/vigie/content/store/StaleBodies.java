package org.vigie.content.store;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the bodies saved before they were rendered at save (rows older than the
 * {@code body_html} column), a hundred at a time, so memory stays bounded on a large
 * site. Run at start-up; a no-op once everything is rendered.
 */
@Component
public class StaleBodies {

	private static final Logger log = LoggerFactory.getLogger(StaleBodies.class);

	private static final int BATCH = 100;

	private final EntityManager entities;

	private final RenderedBodies bodies = new RenderedBodies();

	private final TransactionTemplate transactions;

	StaleBodies(EntityManager entities, PlatformTransactionManager transactions) {
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Renders every body that has no rendered HTML yet; says how many. */
	public int render() {
		int count = 0;
		for (Class<?> type : List.of(Post.class, Page.class, PageSection.class)) {
			int done;
			do {
				done = batch(type);
				count += done;
			}
			while (done == BATCH);
		}
		if (count > 0) {
			log.info("Rendered {} bodies saved before bodies were rendered at save", count);
		}
		return count;
	}

	private int batch(Class<?> type) {
		Integer done = this.transactions.execute((status) -> {
			List<?> stale = this.entities
				.createQuery("select e from " + type.getSimpleName() + " e where e.bodyHtml is null", type)
				.setMaxResults(BATCH)
				.getResultList();
			stale.forEach(this.bodies::render);
			this.entities.flush();
			this.entities.clear();
			return stale.size();
		});
		return (done != null) ? done : 0;
	}

}
