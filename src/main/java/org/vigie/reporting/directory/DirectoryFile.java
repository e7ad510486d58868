package org.vigie.reporting.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.core.io.Resource;

/**
 * Reads the directory's YAML data file and checks every value against {@link FactRules}.
 * Only plain maps, lists, strings and dates are built (SnakeYAML's safe constructor): the
 * file can never make the application create an object of its choosing.
 */
final class DirectoryFile {

	private DirectoryFile() {
	}

	static Directory read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reporting points file cannot be read: " + resource, ex);
		}
	}

	static Directory read(InputStream in) {
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (YAMLException ex) {
			throw new InvalidDirectoryException("reporting-points.yml is not valid YAML: " + ex.getMessage());
		}
		Map<?, ?> root = map(document, "the file");
		String version = FactRules.text(root.get("version"), "header", "version");
		var published = FactRules.date(root.get("published"), "header", "published");
		Map<String, CountryEntry> entries = new LinkedHashMap<>();
		List<?> countries = list(root.get("countries"), "header", "countries");
		for (int i = 0; i < countries.size(); i++) {
			CountryEntry entry = entry(map(countries.get(i), "country " + (i + 1)), i + 1);
			if (entries.putIfAbsent(entry.code(), entry) != null) {
				throw FactRules.invalid(entry.code(), "the country appears twice");
			}
		}
		return new Directory(version, published, entries);
	}

	private static CountryEntry entry(Map<?, ?> fields, int position) {
		String code = FactRules.countryCode(fields.get("country"), "country " + position);
		List<EmergencyNumber> emergency = new ArrayList<>();
		List<?> numbers = list(fields.get("emergency"), code, "emergency");
		if (numbers.isEmpty()) {
			throw FactRules.invalid(code, "at least one emergency number is needed");
		}
		for (int i = 0; i < numbers.size(); i++) {
			emergency.add(emergencyNumber(map(numbers.get(i), code), code + " emergency " + (i + 1)));
		}
		List<Mechanism> mechanisms = new ArrayList<>();
		Object declared = fields.get("mechanisms");
		List<?> items = (declared != null) ? list(declared, code, "mechanisms") : List.of();
		for (int i = 0; i < items.size(); i++) {
			mechanisms.add(mechanism(map(items.get(i), code), code + " mechanism " + (i + 1)));
		}
		return new CountryEntry(code, emergency, mechanisms);
	}

	private static EmergencyNumber emergencyNumber(Map<?, ?> fields, String where) {
		String number = FactRules.phone(fields.get("number"), where);
		if (number == null) {
			throw FactRules.invalid(where, "number is missing");
		}
		return new EmergencyNumber(number, FactRules.kind(fields.get("kind"), EmergencyNumber.Kind.class, where),
				FactRules.https(fields.get("source"), where, "source", false),
				FactRules.date(fields.get("reviewed"), where, "reviewed"));
	}

	private static Mechanism mechanism(Map<?, ?> fields, String where) {
		String url = FactRules.https(fields.get("url"), where, "url", true);
		String phone = FactRules.phone(fields.get("phone"), where);
		String email = FactRules.email(fields.get("email"), where);
		if (url == null && phone == null && email == null) {
			throw FactRules.invalid(where, "a mechanism needs a url, a phone or an email");
		}
		return new Mechanism(FactRules.text(fields.get("name"), where, "name"),
				FactRules.kind(fields.get("kind"), Mechanism.Kind.class, where), url, phone, email,
				FactRules.https(fields.get("source"), where, "source", false),
				FactRules.date(fields.get("reviewed"), where, "reviewed"));
	}

	private static Map<?, ?> map(Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw FactRules.invalid(where, "expected a mapping of fields");
	}

	private static List<?> list(Object value, String where, String field) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw FactRules.invalid(where, field + " must be a list");
	}

}
