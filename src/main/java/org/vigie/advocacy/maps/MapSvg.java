package org.vigie.advocacy.maps;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the maps as SVG text: no script, no style sheet, no outside reference, only
 * shapes, patterns and titles, so the same text can stand alone ({@code image/svg+xml})
 * or sit inside a page. Shades carry a pattern besides their colour, so they can be told
 * apart without seeing colours; the legend is written into the drawing.
 */
public final class MapSvg {

	/** Fill of each shade: plain colours or patterns defined in {@link #DEFS}. */
	static final Map<String, String> FILLS = Map.ofEntries(Map.entry("GOES_FURTHER", "url(#vm-GOES_FURTHER)"),
			Map.entry("TRANSPOSED", "#1b6e3a"), Map.entry("PARTLY", "url(#vm-PARTLY)"),
			Map.entry("NOT_TRANSPOSED", "url(#vm-NOT_TRANSPOSED)"), Map.entry("UNCLEAR", "url(#vm-UNCLEAR)"),
			Map.entry("NOT_ASSESSED", "url(#vm-NOT_ASSESSED)"), Map.entry("SHARE_0", "#eef2f7"),
			Map.entry("SHARE_1", "url(#vm-SHARE_1)"), Map.entry("SHARE_2", "#4f86c6"), Map.entry("SHARE_3", "#0b3d78"));

	private static final String DEFS = """
			<defs>\
			<pattern id="vm-GOES_FURTHER" width="8" height="8" patternUnits="userSpaceOnUse">\
			<rect width="8" height="8" fill="#0b4f71"/><circle cx="4" cy="4" r="1.5" fill="#fff"/></pattern>\
			<pattern id="vm-PARTLY" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
			<rect width="6" height="6" fill="#f2c14e"/><rect width="2" height="6" fill="#6b4e00"/></pattern>\
			<pattern id="vm-NOT_TRANSPOSED" width="7" height="7" patternUnits="userSpaceOnUse">\
			<rect width="7" height="7" fill="#a4262c"/><path d="M0 0L7 7M7 0L0 7" stroke="#fff" stroke-width="1"/></pattern>\
			<pattern id="vm-UNCLEAR" width="8" height="5" patternUnits="userSpaceOnUse">\
			<rect width="8" height="5" fill="#6b4c9a"/><rect y="2" width="8" height="1.2" fill="#fff"/></pattern>\
			<pattern id="vm-NOT_ASSESSED" width="6" height="6" patternUnits="userSpaceOnUse">\
			<rect width="6" height="6" fill="#f4f5f7"/><circle cx="3" cy="3" r="1" fill="#7a828c"/></pattern>\
			<pattern id="vm-SHARE_1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
			<rect width="6" height="6" fill="#a9c4e4"/><rect width="1.5" height="6" fill="#4f86c6"/></pattern>\
			</defs>""";

	/** States too small to see: a dot is drawn on them. */
	private static final Set<String> TINY = Set.of("MT", "LU");

	private MapSvg() {
	}

	/**
	 * The member states in their shades, their neighbours in grey, each state a link to
	 * its page with its reading as title.
	 * @param standalone whether the drawing is a document of its own (role {@code img},
	 * namespace declared); inside a page it is a group of links with a name
	 */
	public static String europe(Outlines.OutlineMap map, Shades shades, boolean standalone) {
		StringBuilder svg = open(map, shades.title(), shades.description(), standalone, "vm");
		svg.append(DEFS);
		svg.append("<rect width=\"")
			.append(map.width())
			.append("\" height=\"")
			.append(map.height())
			.append("\" fill=\"#e9f1f8\"/>");
		Map<String, Shades.State> states = new java.util.HashMap<>();
		shades.states().forEach((state) -> states.put(state.code(), state));
		for (Outlines.Outline outline : map.shapes()) {
			Shades.State state = states.get(outline.code());
			if (state == null) {
				svg.append("<path d=\"")
					.append(outline.d())
					.append("\" fill=\"#d3d6da\" stroke=\"#fff\" stroke-width=\"0.6\"/>");
				continue;
			}
			String fill = FILLS.get(state.shade());
			svg.append("<a href=\"")
				.append(escape(state.path()))
				.append("\" data-state=\"")
				.append(state.code())
				.append("\" data-shade=\"")
				.append(state.shade())
				.append("\"><title>")
				.append(escape(state.title()))
				.append("</title><path d=\"")
				.append(outline.d())
				.append("\" fill=\"")
				.append(fill)
				.append("\" stroke=\"#1f2933\" stroke-width=\"0.7\"/>");
			if (TINY.contains(state.code()) && outline.x() != null) {
				svg.append("<circle cx=\"")
					.append(outline.x())
					.append("\" cy=\"")
					.append(outline.y())
					.append("\" r=\"5\" fill=\"")
					.append(fill)
					.append("\" stroke=\"#1f2933\" stroke-width=\"1\"/>");
			}
			svg.append("</a>");
		}
		legend(svg, shades.legend());
		svg.append(attribution(map, map.height()));
		return svg.append("</svg>").toString();
	}

	/**
	 * The world with some countries picked out (the projects' countries), the others in
	 * grey; each picked country has its name as title.
	 * @param picked the picked countries' names by ISO alpha-2 code
	 */
	public static String world(Outlines.OutlineMap map, String title, String description, Map<String, String> picked) {
		StringBuilder svg = open(map, title, description, false, "wm");
		svg.append("<rect width=\"")
			.append(map.width())
			.append("\" height=\"")
			.append(map.height())
			.append("\" fill=\"#e9f1f8\"/>");
		for (Outlines.Outline outline : map.shapes()) {
			String name = picked.get(outline.code());
			if (name == null) {
				svg.append("<path d=\"")
					.append(outline.d())
					.append("\" fill=\"#d3d6da\" stroke=\"#fff\" stroke-width=\"0.5\"/>");
			}
			else {
				svg.append("<g data-country=\"")
					.append(outline.code())
					.append("\"><title>")
					.append(escape(name))
					.append("</title><path d=\"")
					.append(outline.d())
					.append("\" fill=\"#a4262c\" stroke=\"#1f2933\" stroke-width=\"0.6\"/>");
				if (outline.x() != null) {
					svg.append("<circle cx=\"")
						.append(outline.x())
						.append("\" cy=\"")
						.append(outline.y())
						.append("\" r=\"4\" fill=\"#a4262c\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
				}
				svg.append("</g>");
			}
		}
		svg.append(attribution(map, map.height()));
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(Outlines.OutlineMap map, String title, String description, boolean standalone,
			String id) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(map.width())
			.append(' ')
			.append(map.height() + 18)
			.append("\" width=\"")
			.append(map.width())
			.append("\" height=\"")
			.append(map.height() + 18)
			.append("\" class=\"map\" role=\"")
			.append(standalone ? "img" : "group")
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\"><title id=\"")
			.append(id)
			.append("-title\">")
			.append(escape(title))
			.append("</title><desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(escape(description))
			.append("</desc>");
		return svg;
	}

	private static void legend(StringBuilder svg, Collection<Shades.Key> legend) {
		int top = 130;
		svg.append("<g class=\"legend\"><rect x=\"8\" y=\"")
			.append(top)
			.append("\" width=\"230\" height=\"")
			.append(legend.size() * 24 + 12)
			.append("\" fill=\"#fff\" stroke=\"#8a939d\"/>");
		int y = top + 10;
		for (Shades.Key key : legend) {
			svg.append("<rect x=\"16\" y=\"")
				.append(y)
				.append("\" width=\"22\" height=\"16\" fill=\"")
				.append(FILLS.get(key.shade()))
				.append("\" stroke=\"#1f2933\"/><text x=\"46\" y=\"")
				.append(y + 13)
				.append("\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1f2933\">")
				.append(escape(key.label() + " (" + key.count() + ")"))
				.append("</text>");
			y += 24;
		}
		svg.append("</g>");
	}

	private static String attribution(Outlines.OutlineMap map, int height) {
		return "<text x=\"6\" y=\"" + (height + 13) + "\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#3e4751\">"
				+ escape("Natural Earth (public domain)") + "</text>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
