package org.vigie.content.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Keeps the old addresses of everything imported (archives, posts and pages by path and
 * by {@code ?p=} id, files by path and by {@code ?attachment_id=}) for permanent
 * redirects.
 */
@Component
class RedirectWriter {

	/** The longest address kept, as the table holds it. */
	private static final int MAX_ADDRESS = 1000;

	private final RedirectRepository redirects;

	RedirectWriter(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	void writeRedirects(ImportRun run) {
		Map<String, String> moved = new LinkedHashMap<>(run.termAddresses);
		for (ImportPlan.Item item : run.plan.items.values()) {
			if (!item.imported()) {
				continue;
			}
			AddressPlanner.newAddress(run, item).ifPresent((address) -> {
				String old = AddressPlanner.oldPath(item.link());
				if (!old.isEmpty()) {
					moved.put(old, address);
				}
				moved.put("/?p=" + item.id(), address);
				if (item.page()) {
					moved.put("/?page_id=" + item.id(), address);
				}
			});
		}
		run.attachments.forEach((id, file) -> {
			ImportPlan.Item item = run.plan.items.get(id);
			moved.put(AddressPlanner.oldPath(item.attachmentUrl()), file.path());
			moved.put("/?attachment_id=" + id, file.path());
		});
		moved.forEach((old, address) -> {
			if (!old.equals(address) && old.length() <= MAX_ADDRESS && address.length() <= MAX_ADDRESS) {
				this.redirects.save(new Redirect(old, address));
			}
		});
	}

}
