package org.vigie.advocacy.revisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.site.SiteProperties;

/**
 * The read-only page of one saved version of an item edited in the advocacy back-office
 * (a recommendation, a project, an organisation, a membership, an instrument): when it
 * was saved (in Brussels time), by whom, what changed, and every field as saved, a value
 * per language on a line of its own. A version that does not belong to the item whose
 * address is asked is not found, so an address never shows another item's fields.
 */
@Component
public class RevisionPage {

	/** The page's template. */
	static final String VIEW = "advocacy/admin/revision";

	private final Revisions revisions;

	private final SiteProperties site;

	RevisionPage(Revisions revisions, SiteProperties site) {
		this.revisions = revisions;
		this.site = site;
	}

	/**
	 * Fills the page with a version of an item.
	 * @param model the page's model
	 * @param revisionId the version's id as it came in the address
	 * @param belongs whether a version is one of the item's (its kind and subject)
	 * @param title the item's name, for the heading and the way back
	 * @param back the item's edit page
	 * @return the template
	 * @throws ResponseStatusException 404 when the version is unknown or another item's
	 */
	public String show(Model model, String revisionId, Predicate<Revisions.Revision> belongs, String title,
			String back) {
		Revisions.Revision revision = id(revisionId).map(this.revisions::revision)
			.flatMap((found) -> found.filter(belongs))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("revision", revision);
		model.addAttribute("fields", fields(revision.snapshot()));
		model.addAttribute("item", title);
		model.addAttribute("back", back);
		model.addAttribute("zone", this.site.timeZone());
		return VIEW;
	}

	/**
	 * The fields of a snapshot in their saved order; a map (such as a text per language)
	 * gives one line per entry, named {@code field (key)}, and a list is joined.
	 */
	static List<Field> fields(Map<String, Object> snapshot) {
		List<Field> fields = new ArrayList<>();
		snapshot.forEach((name, value) -> {
			if (value instanceof Map<?, ?> entries) {
				entries.forEach((key, one) -> fields.add(new Field(name + " (" + key + ")", text(one))));
			}
			else {
				fields.add(new Field(name, text(value)));
			}
		});
		return fields;
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> many) {
			return many.stream().map((one) -> Objects.toString(one, "")).collect(Collectors.joining(", "));
		}
		return Objects.toString(value, "");
	}

	private static Optional<UUID> id(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A saved field.
	 *
	 * @param name its name (with the language or key of a nested value)
	 * @param value what was saved, empty when nothing was
	 */
	public record Field(String name, String value) {
	}

}
