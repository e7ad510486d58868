package org.vigie.fundraising.reconciliation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's name reduced to what a bank and a checkout form agree on: the words, without
 * case, accents or order, so that a bank's {@code VERBEKE ANNA} and a donor's
 * {@code Anna Verbeke}, or {@code Dupré-Lefèvre} and {@code DUPRE LEFEVRE}, are the same.
 */
final class NameKey {

	/** Words banks put around a name that no donor types in the form. */
	private static final Set<String> TITLES = Set.of("m", "mr", "mrs", "ms", "mme", "mlle", "mevr", "dhr", "heer",
			"mevrouw", "monsieur", "madame", "et", "en", "and", "of", "ou");

	private NameKey() {
	}

	/** The words of a name, normalised; empty for no name. */
	static Set<String> words(String name) {
		if (name == null) {
			return Set.of();
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		Set<String> words = new TreeSet<>(Arrays.asList(plain.split("[^\\p{L}\\p{N}]+")));
		words.remove("");
		words.removeAll(TITLES);
		return words;
	}

	/**
	 * Whether the name the bank gives for the payer is the donor's: every word of the
	 * donor's first and last names appears in it (a joint account may add a second
	 * person's name).
	 */
	static boolean sameDonor(Set<String> payer, String firstName, String lastName) {
		Set<String> donor = words(firstName + " " + lastName);
		return !donor.isEmpty() && payer.containsAll(donor);
	}

}
