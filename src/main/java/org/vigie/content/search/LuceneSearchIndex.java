package org.vigie.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vigie.content.Searchable;
import org.vigie.site.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * The search index in Lucene, on the local disk (or in memory when no folder is given).
 * One writer per process; readers are refreshed after each change.
 */
public class LuceneSearchIndex implements SearchIndex, AutoCloseable {

	private static final String KEY = "key";

	private static final String LANG = "lang";

	private static final String KIND = "kind";

	private static final String PATH = "path";

	private static final String TITLE = "title";

	private static final String PUBLISHED = "published";

	private static final int SNIPPET_WORDS = 40;

	/**
	 * Stored, with offsets in the postings so snippets need no second analysis of the
	 * text.
	 */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private final Directory directory;

	private final Analyzer analyzer = Analyzers.perField();

	private final Map<Language, Analyzer> analyzers = Analyzers.byLanguage();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean existedAtStart;

	public LuceneSearchIndex(Path folder) {
		try {
			this.directory = (folder != null) ? FSDirectory.open(folder) : new ByteBuffersDirectory();
			this.existedAtStart = DirectoryReader.indexExists(this.directory);
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer));
			this.writer.commit();
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + folder, ex);
		}
	}

	@Override
	public synchronized void put(Searchable document) {
		try {
			this.writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void remove(String key) {
		try {
			this.writer.deleteDocuments(new Term(KEY, key));
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void replaceAll(Iterable<Searchable> documents) {
		try {
			this.writer.deleteAll();
			for (Searchable document : documents) {
				this.writer.addDocument(toLucene(document));
			}
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public long size() {
		if (!this.existedAtStart && this.writer.getDocStats().numDocs == 0) {
			return -1;
		}
		return this.writer.getDocStats().numDocs;
	}

	@Override
	public SearchResults search(Language language, String text, Instant now, int page, int pageSize) {
		Query query = query(language, text, now);
		if (query == null) {
			return new SearchResults(List.of(), 0);
		}
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search(searcher, query, language, page, pageSize);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults search(IndexSearcher searcher, Query query, Language language, int page, int pageSize)
			throws IOException {
		int from = (page - 1) * pageSize;
		// One pass both ranks the page's hits and counts them all exactly.
		TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(from + pageSize, Integer.MAX_VALUE));
		int total = (int) top.totalHits.value();
		if (from >= total) {
			return new SearchResults(List.of(), total);
		}
		ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
		TopDocs pageDocs = new TopDocs(top.totalHits, shown);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(20_000)
			.build();
		String[] snippets = highlighter.highlight(Analyzers.textField(language), query, pageDocs, 2);
		StoredFields stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (int i = 0; i < shown.length; i++) {
			Document document = stored.document(shown[i].doc);
			String snippet = (snippets[i] != null) ? snippets[i]
					: HtmlUtils.htmlEscape(firstWords(document.get(Analyzers.textField(language))));
			hits.add(new SearchResults.Hit(document.get(KIND), document.get(TITLE), document.get(PATH), snippet,
					Instant.ofEpochMilli(document.getField(PUBLISHED).storedValue().getLongValue())));
		}
		return new SearchResults(hits, total);
	}

	private Query query(Language language, String text, Instant now) {
		// Readers may quote phrases; other operators (wildcards, fuzzy) are read as text.
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzers.get(language),
				Map.of(Analyzers.titleField(language), 2f, Analyzers.textField(language), 1f),
				SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		Query words = parser.parse(text);
		if (words == null) {
			return null;
		}
		return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(LANG, language.code())), BooleanClause.Occur.FILTER)
			.add(LongPoint.newRangeQuery(PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
			.build();
	}

	private static Document toLucene(Searchable source) {
		Document document = new Document();
		document.add(new StringField(KEY, source.key(), Field.Store.NO));
		document.add(new StringField(LANG, source.language().code(), Field.Store.NO));
		document.add(new StoredField(KIND, source.source()));
		document.add(new StoredField(PATH, source.path()));
		document.add(new StoredField(TITLE, source.title()));
		document.add(new TextField(Analyzers.titleField(source.language()), source.title(), Field.Store.NO));
		document.add(new Field(Analyzers.textField(source.language()), source.text(), TEXT_WITH_OFFSETS));
		document.add(new LongPoint(PUBLISHED, source.publishedAt().toEpochMilli()));
		document.add(new StoredField(PUBLISHED, source.publishedAt().toEpochMilli()));
		return document;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static String firstWords(String text) {
		String[] words = (text != null) ? text.trim().split("\\s+") : new String[0];
		return (words.length <= SNIPPET_WORDS) ? String.join(" ", words)
				: String.join(" ", Arrays.copyOf(words, SNIPPET_WORDS)) + " …";
	}

	private void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

}
