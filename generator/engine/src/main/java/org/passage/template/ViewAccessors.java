package org.passage.template;

import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The names templates can read on a view record: its components and its other public methods
 * without arguments ({@link LanguageView#path()}), looked up once per record class. Only this
 * package's records: nothing else a template receives is a record of ours.
 */
final class ViewAccessors {
  private ViewAccessors() {}

  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> byName = new HashMap<>();
      if (type.isRecord() && type.getPackage() == ViewAccessors.class.getPackage()) {
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && !m.isSynthetic()
              && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
            byName.put(m.getName(), m);
          }
        }
      }
      return Map.copyOf(byName);
    }
  };

  /** {@code view.name}, or null when {@code view} has no such name. */
  static ResolvedAttribute read(Record view, String name) {
    Method m = ACCESSORS.get(view.getClass()).get(name);
    if (m == null) {
      return null;
    }
    try {
      return new ResolvedAttribute(m.invoke(view));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + view.getClass().getSimpleName(), e);
    }
  }
}
