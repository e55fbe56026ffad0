package org.passage.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index terms of one piece of text, as the language's analyzer makes them, kept so the text
 * can be indexed more than once (a section's text is in the section's document and in its
 * page's) while being analysed once. {@link #stream} replays them; {@link #joined} replays
 * several as Lucene would analyse them joined by newlines (no token crosses a line break).
 */
final class AnalysedText {
  private final char[] chars;
  private final int[] ends;
  private final int[] increments;
  /** Positions skipped after the last term (trailing stop words), as the stream's end() reports them. */
  private final int trailing;

  private AnalysedText(char[] chars, int[] ends, int[] increments, int trailing) {
    this.chars = chars;
    this.ends = ends;
    this.increments = increments;
    this.trailing = trailing;
  }

  /** One term per word of {@code words}, for a field that records which words a document has. */
  static TokenStream words(CharArrayMap<Boolean> words) {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private CharArrayMap<Boolean>.EntryIterator it;

      @Override
      public void reset() throws IOException {
        super.reset();
        it = words.entrySet().iterator();
      }

      @Override
      public boolean incrementToken() {
        if (!it.hasNext()) {
          return false;
        }
        clearAttributes();
        char[] w = it.nextKey(); // the map's own array, where its iterator's next() would copy it
        term.copyBuffer(w, 0, w.length);
        return true;
      }
    };
  }

  /** Replays the terms with their position increments. */
  TokenStream stream() {
    return joined(List.of(this));
  }

  /** Replays {@code parts} as the analysis of their texts joined by newlines. */
  static TokenStream joined(List<AnalysedText> parts) {
    return new Replay(parts);
  }

  /** An analysis chain, reused for every text (building a tokenizer is not cheap); for one thread at a time. */
  static final class Analyser {
    private final Tokenizer source;
    private final TokenStream stream;
    private final CharTermAttribute term;
    private final PositionIncrementAttribute increment;
    private CharArrayMap<Boolean> words;
    private char[] chars = new char[1024];
    private int[] ends = new int[128];
    private int[] increments = new int[128];

    Analyser(SearchLanguage language) {
      this.source = language.tokenizer().get();
      this.stream = language.indexChain(source, Tap::new);
      this.term = stream.addAttribute(CharTermAttribute.class);
      this.increment = stream.addAttribute(PositionIncrementAttribute.class);
    }

    /** Analyses {@code text}, adding its surface words (after stop words, before stemming) to {@code words}. */
    AnalysedText analyse(String text, CharArrayMap<Boolean> words) {
      this.words = words;
      int count = 0;
      int length = 0;
      try {
        source.setReader(SearchLanguage.spaces(new StringReader(text))); // as every chain reads it
        stream.reset();
        while (stream.incrementToken()) {
          int n = term.length();
          if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
          }
          if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            increments = Arrays.copyOf(increments, count * 2);
          }
          System.arraycopy(term.buffer(), 0, chars, length, n);
          length += n;
          ends[count] = length;
          increments[count] = increment.getPositionIncrement();
          count++;
        }
        stream.end();
        int trailing = increment.getPositionIncrement();
        return new AnalysedText(Arrays.copyOf(chars, length), Arrays.copyOf(ends, count), Arrays.copyOf(increments, count), trailing);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // reading a String
      } finally {
        try {
          stream.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        this.words = null;
      }
    }

    /** Sees each surface word on its way to the stemmer. */
    private final class Tap extends TokenFilter {
      private final CharTermAttribute word = addAttribute(CharTermAttribute.class);

      Tap(TokenStream in) {
        super(in);
      }

      @Override
      public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
          return false;
        }
        if (words != null && !words.containsKey(word.buffer(), 0, word.length())) {
          words.put(Arrays.copyOf(word.buffer(), word.length()), Boolean.TRUE); // a copy: the map keeps what it is given
        }
        return true;
      }
    }
  }

  private static final class Replay extends TokenStream {
    private final List<AnalysedText> parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int part;
    private int next;
    /** Positions skipped since the last term returned: trailing stop words of the parts before. */
    private int carried;

    Replay(List<AnalysedText> parts) {
      this.parts = parts;
    }

    @Override
    public boolean incrementToken() {
      while (part < parts.size()) {
        AnalysedText t = parts.get(part);
        if (next < t.ends.length) {
          clearAttributes();
          int start = next == 0 ? 0 : t.ends[next - 1];
          term.copyBuffer(t.chars, start, t.ends[next] - start);
          increment.setPositionIncrement(t.increments[next] + carried);
          carried = 0;
          next++;
          return true;
        }
        carried += t.trailing;
        part++;
        next = 0;
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(carried);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      part = 0;
      next = 0;
      carried = 0;
    }
  }
}
