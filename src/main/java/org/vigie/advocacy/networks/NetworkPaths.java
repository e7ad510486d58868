package org.vigie.advocacy.networks;

import java.util.EnumMap;
import java.util.Map;

import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The networks' public addresses: the list ({@code /fr/plaidoyer/reseaux}), an
 * organisation by its slug ({@code /fr/plaidoyer/reseaux/ecpat}) and the Popolo export
 * beside the list ({@code /fr/plaidoyer/reseaux.json}).
 */
public final class NetworkPaths {

	private NetworkPaths() {
	}

	/** The list of networks. */
	public static String list(Language language) {
		return AdvocacyPaths.of(AdvocacyPaths.Area.NETWORKS, language);
	}

	/** An organisation's page. */
	public static String organisation(Language language, String slug) {
		return list(language) + "/" + slug;
	}

	/** An organisation's page in every language. */
	public static Map<Language, String> organisation(String slug) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, organisation(language, slug)));
		return paths;
	}

	/** The Popolo file. */
	public static String popolo(Language language) {
		return list(language) + ".json";
	}

}
