package org.vigie.mobilisation.statements.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.vigie.mobilisation.statements.OrganisationType;
import org.vigie.mobilisation.statements.Signatory;

/**
 * The signatories of one type, as the public list shows them: alphabetically in the
 * page's language.
 *
 * @param type their type
 * @param signatories the signatories
 */
record SignatoryGroup(OrganisationType type, List<Signatory> signatories) {

	/**
	 * The listed signatories grouped by type, in the types' order, each sorted by name.
	 */
	static List<SignatoryGroup> of(List<Signatory> listed, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		List<SignatoryGroup> groups = new ArrayList<>();
		for (OrganisationType type : OrganisationType.values()) {
			List<Signatory> ofType = listed.stream()
				.filter((signatory) -> signatory.type() == type)
				.sorted(Comparator.comparing(Signatory::name, collator))
				.toList();
			if (!ofType.isEmpty()) {
				groups.add(new SignatoryGroup(type, ofType));
			}
		}
		return groups;
	}

}
