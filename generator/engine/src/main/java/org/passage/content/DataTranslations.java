package org.passage.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.passage.config.SiteConfig;
import org.passage.config.SiteConfig.Language;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.text.Suggest;
import org.passage.yaml.YNode;

/**
 * Each language's data: the base files ({@code data/sdg/targets.yml}, in the default language)
 * with their sibling translations ({@code data/sdg/targets.fr.yml}) merged in.
 *
 * <p>A list whose entries carry an id (the taxonomy's {@code key} for a file that supplies terms,
 * else the first of {@code id}, {@code key}, {@code code}, {@code number}, {@code slug} that
 * every entry has) is merged entry by entry: a translated entry names its id and the fields it
 * translates, nested maps and lists of entries with ids merge the same way, and whatever it
 * leaves out stays in the default language. Any other file (a list without ids, such as a
 * glossary whose terms are themselves translated) is replaced as a whole by its sibling.
 *
 * <p>A translation naming an id the base file lacks is an error at its line; a field the base
 * entry lacks is a warning. A field the translation translates somewhere (and, for a taxonomy's
 * file, its label) that an entry leaves untranslated is a warning at the base entry: one per
 * entry, or, past {@value #LISTED} entries of one field, one for the field that counts them and
 * names the first few, so that a half-translated file does not drown the build's output.
 */
public final class DataTranslations {
  /** Fields that identify an entry when the file supplies no taxonomy's terms, in order of preference. */
  static final List<String> ID_FIELDS = List.of("id", "key", "code", "number", "slug");
  /** Up to this many missing translations of one field are reported one by one. */
  static final int LISTED = 5;

  private final SiteConfig site;
  private final Diagnostics diagnostics;
  /** Data key of a taxonomy's terms file to its key and label fields. */
  private final Map<String, SiteConfig.TermSource> termFiles = new HashMap<>();

  public DataTranslations(SiteConfig site, Diagnostics diagnostics) {
    this.site = site;
    this.diagnostics = diagnostics;
    site.taxonomies().forEach(t -> t.terms().ifPresent(src -> termFiles.putIfAbsent(src.data(), src)));
  }

  /** Every language's data by language code; the default language's is {@code data} without the siblings. */
  public Map<String, Map<String, DataFile>> apply(Map<String, DataFile> data) {
    List<Language> languages = site.languages();
    String first = languages.get(0).code();
    Map<String, DataFile> base = new TreeMap<>(data);
    Map<String, Map<String, DataFile>> siblings = new HashMap<>();
    if (site.multilingual()) {
      for (DataFile file : data.values()) {
        int dot = file.key().lastIndexOf('.');
        if (dot < 0) {
          continue;
        }
        String baseKey = file.key().substring(0, dot);
        String lang = file.key().substring(dot + 1);
        if (languages.stream().noneMatch(l -> l.code().equals(lang))) {
          continue; // not a translation: a data file whose name has a dot
        }
        base.remove(file.key());
        if (lang.equals(first)) {
          diagnostics.error(SourcePos.of(file.display()), "data in the default language (" + first + ") belongs in data/" + baseKey + ".yml, not in a translation",
              "merge it into data/" + baseKey + ".yml and delete this file");
        } else if (!data.containsKey(baseKey)) {
          diagnostics.error(SourcePos.of(file.display()), "translation of data/" + baseKey + ".yml, which does not exist",
              Suggest.hint(baseKey, data.keySet(), "a translation sits beside the file it translates, as data/" + baseKey + "." + lang + ".yml beside data/" + baseKey + ".yml"));
        } else {
          siblings.computeIfAbsent(lang, k -> new HashMap<>()).put(baseKey, file);
        }
      }
    }
    Map<String, Map<String, DataFile>> out = new LinkedHashMap<>();
    out.put(first, Map.copyOf(base));
    for (Language lang : languages.subList(1, languages.size())) {
      Map<String, DataFile> own = new TreeMap<>();
      Map<String, DataFile> theirs = siblings.getOrDefault(lang.code(), Map.of());
      base.forEach((key, file) -> own.put(key, translate(file, Optional.ofNullable(theirs.get(key)), lang.code())));
      out.put(lang.code(), Map.copyOf(own));
    }
    return Map.copyOf(out);
  }

  /** An entry left in the default language: the path of its field ("indicators.label"), its id and where the base has it. */
  private record Missing(String field, String id, SourcePos at) {}

  private DataFile translate(DataFile file, Optional<DataFile> sibling, String lang) {
    SiteConfig.TermSource terms = termFiles.get(file.key());
    Optional<String> idField = idField(file.root(), terms == null ? null : terms.key());
    if (sibling.isEmpty()) {
      if (terms != null && idField.isPresent()) {
        List<Missing> missing = new ArrayList<>();
        for (YNode entry : file.root().list()) {
          YNode label = entry.get(terms.label());
          if (label != null && label.asText() != null) {
            missing.add(new Missing(terms.label(), id(entry, idField.get()), entry.keyPos(terms.label())));
          }
        }
        report(file, null, lang, missing);
      }
      return file;
    }
    YNode translation = sibling.get().root();
    if (idField.isEmpty()) {
      return new DataFile(file.key(), sibling.get().display(), translation); // translated as a whole
    }
    if (!translation.isList()) {
      diagnostics.error(translation.pos(), "a translation of data/" + file.key() + ".yml must be a list of entries like it, not " + translation.typeName(),
          "e.g. - " + idField.get() + ": … followed by the translated fields");
      return file;
    }
    Set<String> fields = new LinkedHashSet<>();
    if (terms != null) {
      fields.add(terms.label());
    }
    for (YNode entry : translation.list()) {
      fieldPaths(entry, "", fields);
    }
    // Ids name entries; they are never translated.
    fields.removeIf(f -> ID_FIELDS.contains(f.substring(f.lastIndexOf('.') + 1)) || f.equals(idField.get()));
    List<Missing> missing = new ArrayList<>();
    YNode merged = mergeEntries(file.root(), translation, idField.get(), "", fields, missing, file, sibling.get());
    report(file, sibling.get(), lang, missing);
    return new DataFile(file.key(), file.display(), merged);
  }

  /** The field that identifies the entries of {@code list}, if it is a list of maps that all have one. */
  private static Optional<String> idField(YNode list, String preferred) {
    if (!list.isList() || list.list().isEmpty() || !list.list().stream().allMatch(YNode::isMap)) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    if (preferred != null) {
      candidates.add(preferred);
    }
    candidates.addAll(ID_FIELDS);
    for (String f : candidates) {
      if (list.list().stream().allMatch(e -> e.get(f) != null && e.get(f).asText() != null)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static String id(YNode entry, String idField) {
    YNode n = entry.get(idField);
    return n == null || n.asText() == null ? "" : n.asText();
  }

  /** The paths of the text fields a translated entry holds ("label", "indicators.label"). */
  private static void fieldPaths(YNode node, String prefix, Set<String> out) {
    if (node.isMap()) {
      node.map().forEach((k, v) -> {
        if (v.isMap()) {
          fieldPaths(v, prefix + k + ".", out);
        } else if (v.isList() && v.list().stream().allMatch(YNode::isMap)) {
          v.list().forEach(e -> fieldPaths(e, prefix + k + ".", out));
        } else if (v.value() instanceof String || v.isList()) {
          out.add(prefix + k);
        }
      });
    }
  }

  private YNode mergeEntries(YNode base, YNode translation, String idField, String prefix, Set<String> fields, List<Missing> missing, DataFile file, DataFile sibling) {
    Map<String, YNode> byId = new LinkedHashMap<>();
    for (YNode e : base.list()) {
      byId.putIfAbsent(id(e, idField), e);
    }
    Map<String, YNode> translated = new HashMap<>();
    for (YNode t : translation.list()) {
      YNode idNode = t.get(idField);
      if (!t.isMap() || idNode == null || idNode.asText() == null) {
        diagnostics.error(t.pos(), "translated entry has no \"" + idField + "\"", "name the entry it translates, as in data/" + file.key() + ".yml: " + idField + ": …");
        continue;
      }
      String id = idNode.asText();
      if (!byId.containsKey(id)) {
        diagnostics.error(idNode.pos(), "\"" + id + "\" is not an entry of data/" + file.key() + ".yml" + (prefix.isEmpty() ? "" : " (" + prefix.substring(0, prefix.length() - 1) + ")"),
            Suggest.hint(id, byId.keySet(), "a translation names the entries of the file it translates by their " + idField));
        continue;
      }
      if (translated.putIfAbsent(id, t) != null) {
        diagnostics.error(idNode.pos(), "\"" + id + "\" is translated twice", "first at line " + translated.get(id).pos().line());
      }
    }
    List<YNode> out = new ArrayList<>();
    for (YNode e : base.list()) {
      String id = id(e, idField);
      YNode t = translated.get(id);
      out.add(mergeMap(e, t, id, prefix, fields, missing, file, sibling));
    }
    return new YNode(List.copyOf(out), null, base.pos(), Map.of());
  }

  /** A base entry with its translation (null for none) merged in, noting the translatable fields left out. */
  private YNode mergeMap(YNode base, YNode t, String id, String prefix, Set<String> fields, List<Missing> missing, DataFile file, DataFile sibling) {
    Map<String, YNode> out = new LinkedHashMap<>();
    Map<String, SourcePos> keys = new LinkedHashMap<>(base.keyPositions());
    for (Map.Entry<String, YNode> f : base.map().entrySet()) {
      String name = f.getKey();
      YNode b = f.getValue();
      YNode tv = t == null ? null : t.get(name);
      String path = prefix + name;
      if (tv == null || tv.value() == null) {
        out.put(name, b);
        noteNested(b, path, fields, missing, id); // a nested list of entries left untranslated: each of their fields
        if (fields.contains(path) && (b.value() instanceof String || (b.isList() && !b.list().isEmpty()))) {
          missing.add(new Missing(path, id, base.keyPos(name)));
        }
        continue;
      }
      keys.put(name, t.keyPos(name));
      out.put(name, mergeValue(b, tv, path, fields, missing, file, sibling, id));
    }
    if (t != null) {
      for (Map.Entry<String, YNode> f : t.map().entrySet()) {
        if (!base.map().containsKey(f.getKey())) {
          diagnostics.warning(t.keyPos(f.getKey()), "\"" + f.getKey() + "\" is not a field of \"" + id + "\" in data/" + file.key() + ".yml, so it is not shown",
              Suggest.hint(f.getKey(), base.map().keySet(), "a translation holds the fields of the entry it translates"));
        }
      }
    }
    return new YNode(java.util.Collections.unmodifiableMap(out), null, t == null ? base.pos() : t.pos(), Map.copyOf(keys));
  }

  /** Fields left untranslated inside a nested value of an entry that is itself untranslated there. */
  private void noteNested(YNode b, String path, Set<String> fields, List<Missing> missing, String id) {
    if (b.isList() && !b.list().isEmpty() && b.list().stream().allMatch(YNode::isMap)) {
      Optional<String> nestedId = idField(b, null);
      for (YNode e : b.list()) {
        String eid = nestedId.map(f -> id(e, f)).orElse(id);
        e.map().forEach((k, v) -> {
          if (fields.contains(path + "." + k) && v.value() instanceof String) {
            missing.add(new Missing(path + "." + k, eid, e.keyPos(k)));
          }
        });
      }
    }
  }

  private YNode mergeValue(YNode b, YNode t, String path, Set<String> fields, List<Missing> missing, DataFile file, DataFile sibling, String id) {
    if (b.isMap()) {
      if (!t.isMap()) {
        diagnostics.error(t.pos(), "\"" + path + "\" of \"" + id + "\" must be a map, as in data/" + file.key() + ".yml, not " + t.typeName());
        return b;
      }
      return mergeMap(b, t, id, path + ".", fields, missing, file, sibling);
    }
    if (b.isList()) {
      if (!t.isList()) {
        diagnostics.error(t.pos(), "\"" + path + "\" of \"" + id + "\" must be a list, as in data/" + file.key() + ".yml, not " + t.typeName());
        return b;
      }
      Optional<String> nested = idField(b, null);
      if (nested.isPresent() && t.list().stream().allMatch(YNode::isMap)) {
        return mergeEntries(b, t, nested.get(), path + ".", fields, missing, file, sibling);
      }
      return t; // a list of text: translated as a whole
    }
    if (!t.isScalar()) {
      diagnostics.error(t.pos(), "\"" + path + "\" of \"" + id + "\" must be " + b.typeName() + ", as in data/" + file.key() + ".yml, not " + t.typeName());
      return b;
    }
    return t;
  }

  private void report(DataFile file, DataFile sibling, String lang, List<Missing> missing) {
    String language = languageName(lang);
    String where = sibling == null ? "there is no data/" + file.key() + "." + lang + ".yml" : "not in data/" + file.key() + "." + lang + ".yml";
    Map<String, List<Missing>> byField = new TreeMap<>();
    missing.forEach(m -> byField.computeIfAbsent(m.field(), k -> new ArrayList<>()).add(m));
    byField.forEach((field, list) -> {
      if (list.size() <= LISTED) {
        for (Missing m : list) {
          diagnostics.warning(m.at(), "no " + language + " \"" + field + "\" for \"" + m.id() + "\" (" + where + "): the " + languageName(site.languages().get(0).code()) + " one is shown", "");
        }
        return;
      }
      StringBuilder first = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        first.append(i == 0 ? "" : ", ").append(list.get(i).id()).append(" (line ").append(list.get(i).at().line()).append(')');
      }
      diagnostics.warning(list.get(0).at(), list.size() + " entries have no " + language + " \"" + field + "\" (" + where + "): " + first + " and " + (list.size() - 3) + " more show the "
          + languageName(site.languages().get(0).code()) + " one", "");
    });
  }

  /** "French" for fr, else the code itself. */
  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
