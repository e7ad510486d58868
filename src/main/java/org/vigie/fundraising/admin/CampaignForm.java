package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignRefused;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.campaigns.CampaignText;
import org.vigie.fundraising.campaigns.StretchGoal;
import org.vigie.site.Language;

/**
 * A campaign's form as typed: every field kept as text so that a refused form comes back
 * exactly as it was sent. {@link #campaign} reads it into a {@link Campaign}, refusing
 * what is not a number or a day; the store checks the rest.
 *
 * @param key the campaign's stable name (fixed once created)
 * @param kind {@code APPEAL} or {@code EVENT}
 * @param goal the goal in euros
 * @param opensOn the first day, {@code yyyy-mm-dd}
 * @param closesOn the last day, or empty
 * @param allOrNothing whether gifts go back when the goal is missed
 * @param deductible whether gifts give right to a tax certificate
 * @param published whether the public sees it
 * @param position its place in lists
 * @param texts its words in each language
 * @param stretch its further goals, empty rows included
 */
record CampaignForm(String key, String kind, String goal, String opensOn, String closesOn, boolean allOrNothing,
		boolean deductible, boolean published, String position, List<TextFields> texts, List<StretchFields> stretch) {

	/** Rows of further goals a form offers at least. */
	static final int STRETCH_ROWS = 3;

	static CampaignForm empty(LocalDate today) {
		List<TextFields> texts = Language.all().stream().map((l) -> new TextFields(l, "", "", "", "", "")).toList();
		return new CampaignForm("", CampaignKind.APPEAL.name(), "", today.toString(), "", false, true, false, "10",
				texts, stretchRows(List.of()));
	}

	static CampaignForm of(Campaign campaign) {
		List<TextFields> texts = Language.all().stream().map((language) -> {
			CampaignText text = campaign.text(language);
			return new TextFields(language, text.slug(), text.title(), text.summary(), text.story(), text.thanks());
		}).toList();
		List<StretchFields> stretch = campaign.stretchGoals()
			.stream()
			.map((goal) -> new StretchFields(Euros.typed(goal.amountCents()), codes(goal.labels())))
			.toList();
		return new CampaignForm(campaign.key(), campaign.kind().name(), Euros.typed(campaign.goalCents()),
				campaign.opensOn().toString(), (campaign.closesOn() != null) ? campaign.closesOn().toString() : "",
				!campaign.keepItAll(), campaign.deductible(), campaign.published(),
				Integer.toString(campaign.position()), texts, stretchRows(stretch));
	}

	/** Reads a sent form; {@code fixedKey} is the key of the campaign being changed. */
	static CampaignForm from(Map<String, String> fields, String fixedKey) {
		FormValues values = new FormValues(fields, 25_000);
		List<TextFields> texts = Language.all().stream().map((language) -> {
			String c = "_" + language.code();
			return new TextFields(language, values.text("slug" + c), values.text("title" + c),
					values.text("summary" + c), values.text("story" + c), values.text("thanks" + c));
		}).toList();
		List<StretchFields> stretch = new ArrayList<>();
		for (int i = 0; i < 20 && fields.containsKey("stretch_amount_" + i); i++) {
			Map<String, String> labels = new LinkedHashMap<>();
			for (Language language : Language.all()) {
				labels.put(language.code(), values.text("stretch_" + language.code() + "_" + i));
			}
			stretch.add(new StretchFields(values.text("stretch_amount_" + i), labels));
		}
		return new CampaignForm((fixedKey != null) ? fixedKey : values.text("key"), values.text("kind"),
				values.text("goal"), values.text("opensOn"), values.text("closesOn"),
				"all".equals(values.text("funding")), values.ticked("deductible"), values.ticked("published"),
				values.text("position"), texts, stretchRows(stretch));
	}

	/**
	 * The campaign this form describes.
	 * @param id the campaign changed, or {@code null} for a new one
	 * @throws CampaignRefused when a number or a day cannot be read
	 */
	Campaign campaign(UUID id) {
		CampaignKind chosen;
		try {
			chosen = CampaignKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			throw new CampaignRefused("fundraising.admin.problem.kind");
		}
		OptionalLong goalCents = Euros.cents(this.goal, CampaignStore.MAX_GOAL_CENTS);
		if (goalCents.isEmpty()) {
			throw new CampaignRefused("fundraising.campaign.problem.goal", CampaignStore.MAX_GOAL_CENTS / 100);
		}
		LocalDate opens = day(this.opensOn, "fundraising.campaign.problem.opens");
		LocalDate closes = this.closesOn.isEmpty() ? null : day(this.closesOn, "fundraising.admin.problem.closes");
		int place;
		try {
			place = Integer.parseInt(this.position);
		}
		catch (NumberFormatException ex) {
			place = -1;
		}
		if (place < 0 || place > 10_000) {
			throw new CampaignRefused("fundraising.admin.problem.position", 10_000);
		}
		Map<Language, CampaignText> words = new EnumMap<>(Language.class);
		for (TextFields text : this.texts) {
			words.put(text.language(),
					new CampaignText(text.slug(), text.title(), text.summary(), text.story(), text.thanks()));
		}
		return new Campaign(id, this.key, chosen, goalCents.getAsLong(), opens, closes, !this.allOrNothing,
				this.deductible, this.published, place, words, stretchGoals());
	}

	private List<StretchGoal> stretchGoals() {
		List<StretchGoal> goals = new ArrayList<>();
		for (StretchFields row : this.stretch) {
			if (row.isEmpty()) {
				continue;
			}
			OptionalLong cents = Euros.cents(row.amount(), CampaignStore.MAX_GOAL_CENTS);
			if (cents.isEmpty()) {
				throw new CampaignRefused("fundraising.campaign.problem.stretch");
			}
			Map<Language, String> labels = new EnumMap<>(Language.class);
			Language.all().forEach((language) -> labels.put(language, row.labels().get(language.code())));
			goals.add(new StretchGoal(cents.getAsLong(), labels));
		}
		return goals;
	}

	private static LocalDate day(String typed, String problem) {
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			throw new CampaignRefused(problem);
		}
	}

	private static List<StretchFields> stretchRows(List<StretchFields> rows) {
		List<StretchFields> all = new ArrayList<>(rows.stream().filter((row) -> !row.isEmpty()).toList());
		while (all.size() < Math.max(STRETCH_ROWS, rows.stream().filter((row) -> !row.isEmpty()).count() + 1)) {
			Map<String, String> labels = new LinkedHashMap<>();
			Language.all().forEach((language) -> labels.put(language.code(), ""));
			all.add(new StretchFields("", labels));
		}
		return all;
	}

	private static Map<String, String> codes(Map<Language, String> labels) {
		Map<String, String> byCode = new LinkedHashMap<>();
		Language.all().forEach((language) -> byCode.put(language.code(), labels.getOrDefault(language, "")));
		return byCode;
	}

	/**
	 * A campaign's words in one language, as typed.
	 *
	 * @param language the language
	 * @param slug the address word
	 * @param title the title
	 * @param summary the summary
	 * @param story the story
	 * @param thanks the words for donors once they gave
	 */
	record TextFields(Language language, String slug, String title, String summary, String story, String thanks) {
	}

	/**
	 * A further goal as typed.
	 *
	 * @param amount its total in euros
	 * @param labels what it pays for, by language code
	 */
	record StretchFields(String amount, Map<String, String> labels) {

		boolean isEmpty() {
			return this.amount.isBlank() && this.labels.values().stream().allMatch(String::isBlank);
		}

	}

}
