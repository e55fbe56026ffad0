/*
 * common.js: what every module of the search client shares: the format version, Java's float
 * arithmetic (Math.fround after every float operation) and the query's constants, each the
 * twin of a constant in SearchFields.java / QueryVocabulary.java.
 *
 * A module of the client: SearchClient.java assembles the modules, in a fixed order, into the
 * one classic script assets/search/passage-search.js; each runs in its own function scope and
 * exchanges through `engine` (see SearchClient for the frame).
 */
var FORMAT_VERSION = 4;
var f32 = Math.fround;

// ---- Query semantics shared with SearchFields.java ----------------------------------------
var FIELDS = ['title', 'headings', 'body'];
var BODY = 2;
var BOOSTS = [f32(3), f32(1.5), f32(1)];
var PREFIX_FACTOR = f32(0.5);
var PREFIX_EXPANSIONS = 10;
var PREFIX_MIN_LENGTH = 2;
var COORDINATION_BOOST = f32(1024);
var TITLE_COORDINATION_BOOST = f32(8);
var PHRASE_BOOST = f32(2);
var PROXIMITY_SLOP = 6;
var PROXIMITY_BOOST = f32(2);
var PLAIN_PHRASES = [{ boost: PHRASE_BOOST, slop: 0 }, { boost: PROXIMITY_BOOST, slop: PROXIMITY_SLOP }];
// the same on the title, scaled by the title's boost (SearchReference.core)
var TITLE_PHRASES = [{ boost: f32(PHRASE_BOOST * BOOSTS[0]), slop: 0 }, { boost: f32(PROXIMITY_BOOST * BOOSTS[0]), slop: PROXIMITY_SLOP }];
var MAX_PLAIN_TERMS = 64;
// QueryVocabulary.java
var IDENTIFIER_BOOST = f32(65536);
var MAX_ALTERNATIVES = 8;
var QUALIFIER_PREFIX = 3;
var MAX_EDITS = 2;
var K1 = f32(1.2);
var B = f32(0.75);

function SearchIndexError(message) {
  var e = new Error('Passage search: ' + message);
  e.name = 'SearchIndexError';
  return e;
}

engine.FORMAT_VERSION = FORMAT_VERSION;
engine.f32 = f32;
engine.FIELDS = FIELDS;
engine.BODY = BODY;
engine.BOOSTS = BOOSTS;
engine.PREFIX_FACTOR = PREFIX_FACTOR;
engine.PREFIX_EXPANSIONS = PREFIX_EXPANSIONS;
engine.PREFIX_MIN_LENGTH = PREFIX_MIN_LENGTH;
engine.COORDINATION_BOOST = COORDINATION_BOOST;
engine.TITLE_COORDINATION_BOOST = TITLE_COORDINATION_BOOST;
engine.PLAIN_PHRASES = PLAIN_PHRASES;
engine.TITLE_PHRASES = TITLE_PHRASES;
engine.MAX_PLAIN_TERMS = MAX_PLAIN_TERMS;
engine.IDENTIFIER_BOOST = IDENTIFIER_BOOST;
engine.MAX_ALTERNATIVES = MAX_ALTERNATIVES;
engine.QUALIFIER_PREFIX = QUALIFIER_PREFIX;
engine.MAX_EDITS = MAX_EDITS;
engine.K1 = K1;
engine.B = B;
engine.SearchIndexError = SearchIndexError;
