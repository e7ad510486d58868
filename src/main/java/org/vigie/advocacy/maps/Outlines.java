package org.vigie.advocacy.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The countries' outlines, already projected and simplified by {@code tools/maps}
 * (Natural Earth, public domain): Europe in Lambert azimuthal equal-area, the world in
 * Equal Earth, one SVG path per ISO 3166 alpha-2 code. Read once at start-up.
 */
@Component("advocacy.maps.Outlines")
public class Outlines {

	private final OutlineMap europe;

	private final OutlineMap world;

	Outlines() {
		this.europe = read("advocacy/maps/europe.json");
		this.world = read("advocacy/maps/world.json");
	}

	/** Europe and its neighbours, the member states flagged. */
	public OutlineMap europe() {
		return this.europe;
	}

	/** The world without Antarctica. */
	public OutlineMap world() {
		return this.world;
	}

	private static OutlineMap read(String location) {
		JsonMapper json = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return json.readValue(in, OutlineMap.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A projected map.
	 *
	 * @param attribution where the outlines come from
	 * @param width the drawing's width
	 * @param height its height
	 * @param shapes the countries, by code
	 */
	public record OutlineMap(String attribution, int width, int height, List<Outline> shapes) {

		public OutlineMap {
			shapes = List.copyOf(shapes);
		}

		/** The outlines by code. */
		public Map<String, Outline> byCode() {
			return this.shapes.stream().collect(Collectors.toMap(Outline::code, Function.identity()));
		}

	}

	/**
	 * One country.
	 *
	 * @param code its ISO 3166 alpha-2 code
	 * @param member whether it is an EU member state (Europe's map only)
	 * @param d its SVG path
	 * @param x its centre's abscissa on the drawing
	 * @param y its centre's ordinate
	 */
	public record Outline(String code, boolean member, String d, Integer x, Integer y) {
	}

}
