package org.vigie.reporting.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a person can report, for one incident country and country of residence, in the
 * order they are offered: this line, the mechanisms of the country of residence, the
 * emergency numbers of the country of the incident, then that country's own mechanisms.
 *
 * @param incident the country of the incident, or {@code null} when none or an unknown
 * code was given
 * @param residence the country of residence, or {@code null} when none or an unknown code
 * was given
 * @param items the suggestions in order; the first is always this line
 */
public record Suggestions(CountryChoice incident, CountryChoice residence, List<Suggestion> items) {

	public Suggestions {
		items = List.copyOf(items);
	}

	/** This line, always offered. */
	public Suggestion line() {
		return this.items.get(0);
	}

	public List<Suggestion> homeMechanisms() {
		return ofType(Suggestion.Type.HOME_MECHANISM);
	}

	public List<Suggestion> emergencyNumbers() {
		return ofType(Suggestion.Type.EMERGENCY);
	}

	public List<Suggestion> localMechanisms() {
		return ofType(Suggestion.Type.LOCAL_MECHANISM);
	}

	/** Whether the directory offers anything beyond this line. */
	public boolean onlyThisLine() {
		return this.items.size() == 1;
	}

	/**
	 * Whether the incident country is known but the directory has no entry for it yet.
	 */
	public boolean incidentUnlisted() {
		return this.incident != null && !this.incident.listed();
	}

	/**
	 * Whether the residence country is known but the directory has no entry for it yet.
	 */
	public boolean residenceUnlisted() {
		return this.residence != null && !this.residence.listed();
	}

	/**
	 * The same suggestions with this line pointing at {@code address} (a page of the line
	 * may point at its form rather than at its first page).
	 */
	public Suggestions withLineAddress(String address) {
		List<Suggestion> changed = new ArrayList<>(this.items);
		Suggestion line = line();
		changed.set(0,
				new Suggestion(line.type(), null, null, null, line.kindKey(), null, address, null, null, null, null));
		return new Suggestions(this.incident, this.residence, changed);
	}

	private List<Suggestion> ofType(Suggestion.Type type) {
		return this.items.stream().filter((item) -> item.type() == type).toList();
	}

}
