package org.vigie.fundraising.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a complete, valid campaign form, with addresses of its own. */
final class CampaignForms {

	private CampaignForms() {
	}

	static Map<String, String> valid(String key, LocalDate today) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("kind", "APPEAL");
		fields.put("goal", "2 500");
		fields.put("opensOn", today.minusDays(1).toString());
		fields.put("closesOn", today.plusDays(29).toString());
		fields.put("funding", "keep");
		fields.put("deductible", "true");
		fields.put("published", "true");
		fields.put("position", "5");
		for (String c : new String[] { "fr", "nl", "en" }) {
			fields.put("slug_" + c, key + "-" + c);
			fields.put("title_" + c, "Ateliers " + key + " " + c);
			fields.put("summary_" + c, "Résumé " + c);
			fields.put("story_" + c, "Premier paragraphe " + c + ".\n\nSecond paragraphe.");
			fields.put("thanks_" + c, "Merci " + c);
		}
		fields.put("stretch_amount_0", "4000");
		fields.put("stretch_fr_0", "Une classe de plus");
		fields.put("stretch_nl_0", "Een klas meer");
		fields.put("stretch_en_0", "One more class");
		fields.put("stretch_amount_1", "");
		fields.put("stretch_fr_1", "");
		fields.put("stretch_nl_1", "");
		fields.put("stretch_en_1", "");
		return fields;
	}

}
