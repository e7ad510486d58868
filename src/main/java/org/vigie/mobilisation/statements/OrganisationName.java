package org.vigie.mobilisation.statements;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The key that finds the same organisation under the spellings people type: case, accents
 * and punctuation ignored, and Belgian and neighbouring legal forms (asbl, vzw, a.s.b.l.,
 * sprl, bv, fup…) left out, so that "Ligue des Familles ASBL" and "ligue des familles,
 * a.s.b.l." are one signature.
 */
public final class OrganisationName {

	private static final Set<String> LEGAL_FORMS = Set.of("asbl", "vzw", "aisbl", "ivzw", "fup", "sprl", "srl", "bv",
			"bvba", "sa", "nv", "sc", "scrl", "cv", "cvba", "sccs", "sas", "gmbh", "ev", "ltd", "inc");

	private OrganisationName() {
	}

	/**
	 * The key of a name; empty when nothing but legal forms and punctuation was typed.
	 */
	public static String key(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			// dots go first, so that a.s.b.l. and v.z.w. become asbl and vzw
			.replace(".", "");
		StringBuilder key = new StringBuilder();
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
				key.append(key.isEmpty() ? "" : " ").append(word);
			}
		}
		return (key.length() > 160) ? key.substring(0, 160) : key.toString();
	}

}
