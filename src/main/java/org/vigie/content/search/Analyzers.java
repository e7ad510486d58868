package org.vigie.content.search;

import java.util.EnumMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;
import org.vigie.site.Language;

/**
 * Text analysis per language: words are lower-cased, stripped of accents and stemmed, so
 * "evenement" finds "évènement" and "campagnes" finds "campagne".
 */
final class Analyzers {

	private Analyzers() {
	}

	static String titleField(Language language) {
		return "title_" + language.code();
	}

	static String textField(Language language) {
		return "text_" + language.code();
	}

	/**
	 * One analyzer for the whole index, choosing the language's analysis by field name.
	 */
	static Analyzer perField() {
		Map<String, Analyzer> fields = new java.util.HashMap<>();
		for (Language language : Language.all()) {
			Analyzer analyzer = forLanguage(language);
			fields.put(titleField(language), analyzer);
			fields.put(textField(language), analyzer);
		}
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

	static Map<Language, Analyzer> byLanguage() {
		Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> analyzers.put(language, forLanguage(language)));
		return analyzers;
	}

	static Analyzer forLanguage(Language language) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, chain(language, source));
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	private static TokenStream chain(Language language, Tokenizer source) {
		return switch (language) {
			case FR -> new FrenchLightStemFilter(new ASCIIFoldingFilter(
					new StopFilter(new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)),
							FrenchAnalyzer.getDefaultStopSet())));
			case NL -> new SnowballFilter(
					new ASCIIFoldingFilter(
							new StopFilter(new LowerCaseFilter(source), DutchAnalyzer.getDefaultStopSet())),
					new DutchStemmer());
			case EN -> new PorterStemFilter(new ASCIIFoldingFilter(new StopFilter(
					new LowerCaseFilter(new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
		};
	}

}
