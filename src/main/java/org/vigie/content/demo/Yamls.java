package org.vigie.content.demo;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of parsed YAML maps, with errors that name the missing key.
 */
final class Yamls {

	private Yamls() {
	}

	static String text(Map<String, Object> map, String key) {
		String value = optionalText(map, key);
		if (value == null) {
			throw new IllegalStateException("Demo content lacks '" + key + "' in " + map.keySet());
		}
		return value;
	}

	static String optionalText(Map<String, Object> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value != null) ? value.toString().strip() : null;
	}

	/**
	 * An instant, written as an ISO date-time (YAML may already have parsed it as a
	 * date).
	 */
	static java.time.Instant instant(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value instanceof java.util.Date date) {
			return date.toInstant();
		}
		return java.time.Instant.parse(text(map, key));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> optionalMap(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof Map<?, ?> found) ? (Map<String, Object>) found : null;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof List<?> found) ? (List<Map<String, Object>>) found : List.of();
	}

	static List<String> texts(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof List<?> found) ? found.stream().map(Object::toString).toList() : List.of();
	}

}
