package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Everything a Lucene token stream says about a text, for comparing one chain with another. */
final class LuceneTokens {
  /** One token: its term, type, position (from 0, counting the gaps stop words leave), span and offsets. */
  record Token(String term, String type, int position, int positionLength, int start, int end) {
    /** The part the browser reproduces: position, term and offsets. */
    String brief() {
      return position + ":" + term + ":" + start + ":" + end;
    }
  }

  /** The tokens of a whole stream, and what its end() reports (final offset, trailing position gap). */
  record Analysis(List<Token> tokens, int finalOffset, int finalIncrement) {
    String brief() {
      StringBuilder b = new StringBuilder();
      for (Token t : tokens) {
        b.append(b.length() > 0 ? " " : "").append(t.brief());
      }
      return b.toString();
    }
  }

  private LuceneTokens() {}

  static Analysis analyze(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      return read(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code filter} makes of {@code word} as one token (a KeywordTokenizer's). */
  static String filter(UnaryOperator<TokenStream> filter, String word) {
    Tokenizer source = new KeywordTokenizer();
    source.setReader(new java.io.StringReader(word));
    try (TokenStream ts = filter.apply(source)) {
      List<Token> tokens = read(ts).tokens();
      return tokens.size() == 1 ? tokens.get(0).term() : tokens.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analysis read(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    List<Token> tokens = new ArrayList<>();
    ts.reset();
    int position = -1;
    while (ts.incrementToken()) {
      position += inc.getPositionIncrement();
      tokens.add(new Token(term.toString(), type.type(), position, len.getPositionLength(), offset.startOffset(),
          offset.endOffset()));
    }
    ts.end();
    return new Analysis(List.copyOf(tokens), offset.endOffset(), inc.getPositionIncrement());
  }
}
