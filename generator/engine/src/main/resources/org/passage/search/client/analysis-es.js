/*
 * Spanish analysis for Passage's browser search: the filters of Lucene 9.12's SpanishAnalyzer,
 * ported so that they give the terms Lucene indexed, character for character.
 *
 * Lucene's chain is StandardTokenizer -> LowerCaseFilter -> StopFilter -> SpanishLightStemFilter.
 * The tokenizer and the lowercasing belong to the language-independent frame (analysis.js).
 *
 * The shape, the same in every analysis-*.js (the frame runs the steps in this order):
 *
 *   var PASSAGE_ANALYSIS_XX = {
 *     lang: 'xx',              // the analysis' name
 *     languages: ['xx'],       // the content languages (site.yml codes) it analyses
 *     stemmer: 'name',         // SearchLanguage.stemmer(): the name the index entry carries
 *     tokenFilters: [f, ...],  // term -> term, in order, on each token after lowercasing
 *     tokenStream: null,       // or tokens -> tokens on the whole token list (CJK bigrams), next
 *     stopWords: ['...'],      // Lucene's default stop set, sorted; a stop word keeps its position
 *     wordFilters: [f, ...],   // term -> term on each token the stop words kept (Arabic)
 *     stem: function (term)    // the stemmer: the index term of a surface word
 *   };
 *
 * Plain ES5 in a classic script (it is concatenated into the search client, which must run
 * from file://).
 */
var PASSAGE_ANALYSIS_ES = (function () {
  'use strict';

  /** SpanishAnalyzer.getDefaultStopSet(): Snowball's spanish_stop.txt. */
  var STOP_WORDS = (
    'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el '
    + 'ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estabais '
    + 'estaban estabas estad estada estadas estado estados estamos estando estar estaremos estará '
    + 'estarán estarás estaré estaréis estaría estaríais estaríamos estarían estarías estas este '
    + 'estemos esto estos estoy estuve estuviera estuvierais estuvieran estuvieras estuvieron estuviese '
    + 'estuvieseis estuviesen estuvieses estuvimos estuviste estuvisteis estuviéramos estuviésemos '
    + 'estuvo está estábamos estáis están estás esté estéis estén estés fue fuera fuerais fueran fueras '
    + 'fueron fuese fueseis fuesen fueses fui fuimos fuiste fuisteis fuéramos fuésemos ha habida '
    + 'habidas habido habidos habiendo habremos habrá habrán habrás habré habréis habría habríais '
    + 'habríamos habrían habrías habéis había habíais habíamos habían habías han has hasta hay haya '
    + 'hayamos hayan hayas hayáis he hemos hube hubiera hubierais hubieran hubieras hubieron hubiese '
    + 'hubieseis hubiesen hubieses hubimos hubiste hubisteis hubiéramos hubiésemos hubo la las le les '
    + 'lo los me mi mis mucho muchos muy más mí mía mías mío míos nada ni no nos nosotras nosotros '
    + 'nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque que quien '
    + 'quienes qué se sea seamos sean seas seremos será serán serás seré seréis sería seríais seríamos '
    + 'serían serías seáis sido siendo sin sobre sois somos son soy su sus suya suyas suyo suyos sí '
    + 'también tanto te tendremos tendrá tendrán tendrás tendré tendréis tendría tendríais tendríamos '
    + 'tendrían tendrías tened tenemos tenga tengamos tengan tengas tengo tengáis tenida tenidas tenido '
    + 'tenidos teniendo tenéis tenía teníais teníamos tenían tenías ti tiene tienen tienes todo todos '
    + 'tu tus tuve tuviera tuvierais tuvieran tuvieras tuvieron tuviese tuvieseis tuviesen tuvieses '
    + 'tuvimos tuviste tuvisteis tuviéramos tuviésemos tuvo tuya tuyas tuyo tuyos tú un una uno unos '
    + 'vosotras vosotros vuestra vuestras vuestro vuestros y ya yo él éramos'
  ).split(' ');

  var PLAIN = {
    '\u00e0': 'a', '\u00e1': 'a', '\u00e2': 'a', '\u00e4': 'a',
    '\u00f2': 'o', '\u00f3': 'o', '\u00f4': 'o', '\u00f6': 'o',
    '\u00e8': 'e', '\u00e9': 'e', '\u00ea': 'e', '\u00eb': 'e',
    '\u00f9': 'u', '\u00fa': 'u', '\u00fb': 'u', '\u00fc': 'u',
    '\u00ec': 'i', '\u00ed': 'i', '\u00ee': 'i', '\u00ef': 'i'
  };

  /**
   * SpanishLightStemFilter (Savoy's light stemmer for Spanish, as Lucene implements it): words
   * of five units or more lose their accents, then a final vowel, -es, -as, -os; -ces becomes -z.
   */
  function stem(term) {
    var len = term.length;
    if (len < 5) return term;
    var s = term.split('');
    for (var i = 0; i < len; i++) {
      var plain = PLAIN[s[i]];
      if (plain !== undefined) s[i] = plain;
    }
    switch (s[len - 1]) {
      case 'o':
      case 'a':
      case 'e':
        len -= 1;
        break;
      case 's':
        if (s[len - 2] === 'e' && s[len - 3] === 's' && s[len - 4] === 'e') {
          len -= 2;
        } else if (s[len - 2] === 'e' && s[len - 3] === 'c') {
          s[len - 3] = 'z';
          len -= 2;
        } else if (s[len - 2] === 'o' || s[len - 2] === 'a' || s[len - 2] === 'e') {
          len -= 2;
        }
        break;
    }
    return s.slice(0, len).join('');
  }

  return {
    lang: 'es',
    languages: ['es'],
    stemmer: 'spanish-light',
    tokenFilters: [],
    tokenStream: null,
    stopWords: STOP_WORDS,
    wordFilters: [],
    stem: stem
  };
})();
