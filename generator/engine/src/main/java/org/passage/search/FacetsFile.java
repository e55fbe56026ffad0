package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facets file: each facet's values, then every document's values, documents in runs of equal
 * values in every facet. What was written: its (content-hashed) name.
 */
record FacetsFile(String name) {
  /** Consecutive documents with the same value ordinals in every facet ({@code values[facet]}). */
  private record Run(int[][] values, int length) {
    Run longer() {
      return new Run(values, length + 1);
    }
  }

  static FacetsFile write(ExportFolder out, LeafReader leaf) throws IOException {
    int maxDoc = leaf == null ? 0 : leaf.maxDoc();
    FormatWriter w = new FormatWriter();
    TreeSet<String> facetFields = new TreeSet<>();
    if (leaf != null) {
      for (FieldInfo fi : leaf.getFieldInfos()) {
        if (fi.name.startsWith(SearchFields.FACET_PREFIX)) {
          facetFields.add(fi.name);
        }
      }
    }
    w.varint(facetFields.size());
    List<SortedSetDocValues> values = new ArrayList<>();
    for (String field : facetFields) {
      SortedSetDocValues v = leaf.getSortedSetDocValues(field);
      long count = v.getValueCount();
      w.string(field.substring(SearchFields.FACET_PREFIX.length()));
      w.varint(count);
      for (long o = 0; o < count; o++) {
        w.string(v.lookupOrd(o).utf8ToString());
      }
      values.add(leaf.getSortedSetDocValues(field));
    }
    List<Run> runs = new ArrayList<>();
    for (int d = 0; d < maxDoc; d++) {
      int[][] set = new int[values.size()][];
      for (int f = 0; f < values.size(); f++) {
        SortedSetDocValues v = values.get(f);
        if (v.advanceExact(d)) {
          set[f] = new int[v.docValueCount()];
          for (int i = 0; i < set[f].length; i++) {
            set[f][i] = (int) v.nextOrd();
          }
        } else {
          set[f] = new int[0];
        }
      }
      int last = runs.size() - 1;
      if (last >= 0 && Arrays.deepEquals(runs.get(last).values(), set)) {
        runs.set(last, runs.get(last).longer());
      } else {
        runs.add(new Run(set, 1));
      }
    }
    w.varint(runs.size());
    for (Run run : runs) {
      w.varint(run.length());
    }
    for (int f = 0; f < values.size(); f++) {
      for (Run run : runs) {
        w.varint(run.values()[f].length);
      }
      for (Run run : runs) {
        int last = 0;
        for (int id : run.values()[f]) {
          w.varint(id - last);
          last = id;
        }
      }
    }
    return new FacetsFile(out.save("facets", w.finish('F', null)));
  }
}
